import { Either } from "effect"
import type { ReadModel } from "../ports/ReadModel.js"
import { signalEventCodec } from "./ruleSignalled.js"

/**
 * A row of the signal register: one signal, with the act's stream and version (and its item when
 * the act is on an item's stream), the rule's code and explanation, who acted and on which date.
 * @category read models
 */
export type SignalRow = {
  readonly signalStream: string
  readonly streamId: string
  readonly version: number
  readonly itemId?: string
  readonly code: string
  readonly explanationNl: string
  readonly explanationEn: string
  readonly actor: string
  readonly date: string
  readonly at: string
}

const keyOf = (streamId: string, version: number) => `${streamId}#${version}`

/**
 * Every signal of every act, keyed `signal-stream#version`; rows carry the fields that later
 * lists filter on (item, stream, code, date).
 * @category read models
 */
export const signalRegister: ReadModel<SignalRow> = {
  name: "signal-register",
  version: 1,
  keysOf: (stored) => (signalEventCodec.handles(stored.type) ? [keyOf(stored.streamId, stored.version)] : []),
  apply: (stored) => {
    if (!signalEventCodec.handles(stored.type)) return []
    const decoded = signalEventCodec.fromStored(stored)
    if (Either.isLeft(decoded)) return []
    const event = decoded.right
    return [
      {
        key: keyOf(stored.streamId, stored.version),
        row: {
          signalStream: stored.streamId,
          streamId: event.streamId,
          version: event.version,
          ...(event.streamId.startsWith("item-") ? { itemId: event.streamId.slice("item-".length) } : {}),
          code: event.code,
          explanationNl: event.explanation.nl,
          explanationEn: event.explanation.en,
          actor: event.actor,
          date: event.at.slice(0, 10),
          at: event.at,
        },
      },
    ]
  },
}
