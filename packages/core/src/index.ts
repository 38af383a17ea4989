/**
 * `@weerbaar/core`: the rule book of an integral programme against ondermijning as pure,
 * typed data and deciders. Imports nothing but `effect`, so it runs anywhere.
 *
 * @packageDocumentation
 */
export * from "./kernel/CalendarDate.js"
export * from "./kernel/Localized.js"
export * from "./kernel/Money.js"
export * from "./kernel/Refusal.js"
export * from "./governance/Ids.js"
export * from "./governance/Theme.js"
export * from "./governance/Organisation.js"
export * from "./governance/Person.js"
export * from "./governance/Body.js"
export * from "./governance/Membership.js"
export * from "./governance/Programme.js"
export * from "./governance/Route.js"
export * from "./governance/GovernanceModel.js"
export * from "./governance/validateModel.js"
export * from "./governance/decodeModel.js"
export * from "./governance/queries.js"
export * from "./governance/renderModel.js"
export * from "./presets/samenWeerbaar.js"
export * from "./presets/presetBuilder.js"
export * from "./governance/jsonSchemas.js"
