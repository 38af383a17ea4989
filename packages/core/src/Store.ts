/**
 * The ports a store implements (`EventStore`, `ReadModelStore`, the clock and the id
 * generator), the hash chain over the log, and the in-memory store for tests and embedding.
 *
 * @module
 */
export * from "./ports/checkpointMessage.js"
export * from "./ports/EventStore.js"
export * from "./ports/hashChain.js"
export * from "./ports/IdGenerator.js"
export * from "./ports/ProgrammeClock.js"
export * from "./memory/InMemoryEventStore.js"
export * from "./ports/ReadModel.js"
