// The public parts of milestones: the results of the programme's phases, with due dates.
export * from "./Milestone.js"
export * from "./milestoneRules.js"
export * from "./milestoneDecider.js"
export * from "./milestoneAgenda.js"
export * from "./milestoneReadModels.js"
