/**
 * The governance model: themes, organisations, people, bodies and their memberships, the
 * routes a proposal travels and the programme's settings; validating, decoding and rendering a
 * model, the queries over it, adopting a new version, and the presets for Samen Weerbaar and the
 * VNON network.
 *
 * @module
 */
export * from "./governance/Ids.js"
export * from "./governance/Theme.js"
export * from "./governance/Organisation.js"
export * from "./governance/Person.js"
export * from "./governance/Body.js"
export * from "./governance/Substitution.js"
export * from "./governance/substitutionProblems.js"
export * from "./governance/Liaison.js"
export * from "./governance/liaisonProblems.js"
export * from "./governance/Membership.js"
export * from "./governance/Programme.js"
export * from "./governance/Route.js"
export * from "./governance/Entitlement.js"
export * from "./governance/Settings.js"
export * from "./governance/RuleForce.js"
export * from "./governance/GovernanceModel.js"
export * from "./governance/validateModel.js"
export * from "./governance/decodeModel.js"
export * from "./governance/queries.js"
export * from "./governance/area.js"
export * from "./governance/renderModel.js"
export * from "./presets/samenWeerbaar.js"
export * from "./presets/presetBuilder.js"
export * from "./presets/samenWeerbaarMeetings.js"
export * from "./presets/samenWeerbaarEntitlements.js"
export * from "./governance/jsonSchemas.js"
export * from "./governance/adoption.js"
export * from "./governance/governanceRules.js"
export * from "./presets/vnonNetwerk.js"
export * from "./presets/municipalitiesOostNederland.js"
export * from "./governance/ruleBook.js"
export * from "./governance/forceProblems.js"
export * from "./governance/ModelVersion.js"
export * from "./governance/adoptionVerdict.js"
export * from "./governance/themeProblems.js"
export * from "./governance/areaProblems.js"
