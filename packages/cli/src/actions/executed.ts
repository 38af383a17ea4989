import type { Programme } from "@weerbaar/core"

/** What a command that changed the store reports: the events it stored. */
export const executedJson = (executed: Programme.Executed) => ({
  streamVersion: executed.streamVersion,
  duplicate: executed.duplicate,
  events: executed.events.map((e) => ({ position: e.position, streamId: e.streamId, type: e.type })),
})

/** The events stored, for people. */
export const executedText = (executed: Programme.Executed): string =>
  executed.events.map((e) => `  stored ${e.type} (${e.streamId} v${e.version})`).join("\n")
