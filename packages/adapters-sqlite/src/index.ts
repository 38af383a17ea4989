/**
 * `@weerbaar/adapters-sqlite`: a durable, tamper-evident event store and read models for
 * `@weerbaar/core` in one SQLite file.
 *
 * @packageDocumentation
 */
export * from "./SignedCheckpoint.js"
export * from "./SqliteStore.js"
export * from "./SqliteStoreAdmin.js"
export * from "./StoreErrors.js"
export * from "./StoreVerification.js"
