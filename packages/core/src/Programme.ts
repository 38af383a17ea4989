/**
 * The programme as a service: the runtime that decides a command with its policies and
 * appends the result in one transaction, the command specs, and the read models a store keeps.
 *
 * @module
 */
export * from "./application/ProgrammeRuntime.js"
export * from "./application/Executed.js"
export * from "./application/CommandSpec.js"
export * from "./application/reactions.js"
export * from "./application/policyReads.js"
export * from "./application/Programme.js"
export * from "./application/programmeReadModels.js"
export * from "./application/programmeServices.js"
