import type { Store } from "@weerbaar/core"
import type { Kanaal } from "../api/subscriptions.js"

// Streams that are not announced: the API's own bookkeeping, and information products, whose
// events could reveal confidential titles to subscribers who may not read them.
const unannounced = [/^subscriptions$/, /^access-tokens$/, /^info-/]

// The streams of the catalogue, the tracks, the milestones, the handover and the execution of
// accorded proposals (confirmations and spending feed the randvoorwaarden), by their prefix.
const streamChannels: ReadonlyArray<readonly [string, Kanaal]> = [
  ["practice-", "best-practices"],
  ["track-", "trajecten"],
  ["milestone-", "mijlpalen"],
  ["handover-", "overdrachten"],
  ["programme-end", "overdrachten"],
  ["commitment-", "randvoorwaarden"],
  ["spending-", "randvoorwaarden"],
  ["signal-", "signalen"],
]

// A signal tells of its act (its facts may name a confidential title): it is shown as its act is.
const actStreamOf = (streamId: string): string =>
  streamId.startsWith("signal-") ? streamId.slice("signal-".length).replace(/-\d+$/, "") : streamId

/** Whether an event is shown in the feed and announced to subscribers. @category notifications */
export const isAnnounced = (event: Store.StoredEvent): boolean => {
  const streamId = actStreamOf(event.streamId)
  return !unannounced.some((p) => p.test(streamId))
}

/** The channels an event is announced on. @category notifications */
export const channelsOf = (event: Store.StoredEvent): ReadonlyArray<Kanaal> => {
  if (event.streamId.startsWith("item-")) {
    return event.type === "DecisionRecorded" || event.type === "DecisionRevoked"
      ? ["stukken", "besluiten"]
      : ["stukken"]
  }
  if (event.streamId === "governance") return ["bestuur"]
  if (event.streamId === "programme-budget") return ["begroting"]
  for (const [prefix, channel] of streamChannels) if (event.streamId.startsWith(prefix)) return [channel]
  return ["overig"]
}

const prefixedResources: ReadonlyArray<readonly [string, string]> = [
  ["practice-", "best-practices"],
  ["milestone-", "mijlpalen"],
  ["handover-", "overdrachten"],
]

/**
 * The API path of the resource an event of a catalogue, track, milestone or handover stream is
 * about, if it has one; items are resolved through their kind.
 * @category notifications
 */
export const resourcePathOf = (event: Store.StoredEvent): string | undefined => {
  for (const [prefix, resource] of prefixedResources) {
    if (event.streamId.startsWith(prefix)) return `/v1/${resource}/${event.streamId.slice(prefix.length)}`
  }
  // A track's stream id joins two ids that may contain '-': its events name both.
  const payload = event.payload as { readonly practiceId?: unknown; readonly municipality?: unknown } | null
  if (
    event.streamId.startsWith("track-") &&
    typeof payload?.practiceId === "string" &&
    typeof payload.municipality === "string"
  ) {
    return `/v1/trajecten/${payload.practiceId}/${payload.municipality}`
  }
  return undefined
}
