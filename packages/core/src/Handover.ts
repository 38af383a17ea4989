/**
 * The handover of Best Practices to the network: the package, its verification and
 * rules, the programme's end, the markdown reading version, the import policy, and the `Handover`
 * service.
 *
 * @module
 */
export * from "./handover/HandoverPackage.js"
export * from "./handover/PackagedExpert.js"
export * from "./handover/packagedExperts.js"
export * from "./handover/rules/expertJoinRules.js"
export * from "./handover/joinExpertGroup.js"
export * from "./handover/verifyPackage.js"
export * from "./handover/handoverRules.js"
export * from "./handover/buildPackage.js"
export * from "./handover/handoverDecider.js"
export * from "./handover/programmeEnd.js"
export * from "./handover/programmeEndFinal.js"
export * from "./handover/programmeEndedRule.js"
export * from "./handover/renderMarkdown.js"
export * from "./application/Handover.js"
export * from "./handover/handoverImportPolicy.js"
