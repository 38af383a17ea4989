import type { StoredEvent } from "@weerbaar/core"
import type { Kanaal } from "../api/subscriptions.js"

// Streams that are not announced: the API's own bookkeeping, and information products, whose
// events could reveal confidential titles to subscribers who may not read them.
const unannounced = [/^subscriptions$/, /^access-tokens$/, /^info-/]

/** Whether an event is shown in the feed and announced to subscribers. @category notifications */
export const isAnnounced = (event: StoredEvent): boolean => !unannounced.some((p) => p.test(event.streamId))

/** The channels an event is announced on. @category notifications */
export const channelsOf = (event: StoredEvent): ReadonlyArray<Kanaal> => {
  if (event.streamId.startsWith("item-")) {
    return event.type === "DecisionRecorded" || event.type === "DecisionRevoked"
      ? ["stukken", "besluiten"]
      : ["stukken"]
  }
  if (event.streamId === "governance") return ["bestuur"]
  if (event.streamId === "programme-budget") return ["begroting"]
  return ["overig"]
}
