/**
 * The building blocks every part of the rule book uses: calendar dates, money in cents,
 * texts in Dutch and English, refusals, the decider and aggregate shapes, named policies, event
 * codecs and the one canonical encoding the hash chain rests on.
 *
 * @module
 */
export * from "./kernel/CalendarDate.js"
export * from "./kernel/Localized.js"
export * from "./kernel/Money.js"
export * from "./kernel/Text.js"
export * from "./kernel/Refusal.js"
export * from "./kernel/canonicalJson.js"
export * from "./kernel/sha256.js"
export * from "./kernel/Decider.js"
export * from "./kernel/judge.js"
export * from "./kernel/signalReason.js"
export * from "./kernel/withChanges.js"
export * from "./kernel/EventCodec.js"
export * from "./kernel/Aggregate.js"
export * from "./kernel/Policy.js"
