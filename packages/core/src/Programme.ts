/**
 * The programme as a service: the runtime that decides a command with its policies and
 * appends the result in one transaction, the command specs, the signals stored with their acts,
 * and the read models a store keeps.
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
export * from "./application/ruleSignalled.js"
export * from "./application/signalWrite.js"
export * from "./application/signalledAct.js"
export * from "./application/storedSignals.js"
export * from "./application/decisionSignals.js"
export * from "./application/signalRegister.js"
export * from "./application/actDate.js"
export * from "./application/whatIf.js"
export * from "./application/progressSignals.js"
export * from "./application/progressReportOn.js"
export * from "./application/routeItem.js"
