/**
 * `@weerbaar/core`: the rule book of an integral programme against ondermijning as pure,
 * typed data and deciders. Imports nothing but `effect`, so it runs anywhere. Each part is a
 * namespace: `import { Governance, Route } from "@weerbaar/core"`, then `Governance.Body`,
 * `Route.routeDecider`.
 *
 * @packageDocumentation
 */

/** The building blocks every part of the rule book uses. */
export * as Kernel from "./Kernel.js"

/** The governance model. */
export * as Governance from "./Governance.js"

/** The ports a store implements and the in-memory store. */
export * as Store from "./Store.js"

/** Proposals on their route. */
export * as Route from "./Route.js"

/** The programme as a service. */
export * as Programme from "./Programme.js"

/** Best Practices and their tracks per municipality. */
export * as Practice from "./Practice.js"

/** Meetings, written rounds and the besluitenlijst. */
export * as Meeting from "./Meeting.js"

/** Milestones. */
export * as Milestone from "./Milestone.js"

/** The handover of Best Practices to the network. */
export * as Handover from "./Handover.js"

/** Information products and who may read them. */
export * as Information from "./Information.js"

/** The programme's health (randvoorwaarden). */
export * as Health from "./Health.js"
