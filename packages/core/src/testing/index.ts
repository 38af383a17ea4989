/**
 * `@weerbaar/core/testing`: what a store or an embedder tests with. The contract suites every
 * `EventStore` and `ReadModelStore` passes, and given / when / then for deciders. It runs under any
 * test runner: a failed expectation throws.
 *
 * @packageDocumentation
 */
export * from "./eventStoreContract.js"
export * from "./readModelContract.js"
export * from "./given.js"
