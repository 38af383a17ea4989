/**
 * Milestones: the results of the programme's phases with their due dates, their rules and
 * decider, the agenda, and the `Milestones` service.
 *
 * @module
 */
export * from "./milestones/Milestone.js"
export * from "./milestones/milestoneRules.js"
export * from "./milestones/milestoneDecider.js"
export * from "./milestones/milestoneAgenda.js"
export * from "./milestones/milestoneReadModels.js"
export * from "./application/Milestones.js"
