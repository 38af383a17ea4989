/**
 * `@weerbaar/core/testing`: what a store or an embedder tests with. The contract suites every
 * `EventStore` and `ReadModelStore` passes, the programme and signal scenarios the `Programme` service passes
 * on a store, and given / when / then for deciders. It runs under any test runner: a failed
 * expectation fails the effect or throws.
 *
 * @packageDocumentation
 */
export * from "./eventStoreContract.js"
export * from "./readModelContract.js"
export * from "./given.js"
export * from "./programmeScenarios.js"
export * from "./signalScenarios.js"
export * from "./decidedRuleBook.js"
export * from "./meetingOf.js"
