import { Either } from "effect"
import type { ReadModel } from "../ports/ReadModel.js"
import { signalEventCodec } from "./ruleSignalled.js"

/**
 * A row of the signal register: one signal, with the act's stream and version, the rule's code and
 * explanation, who acted and on which date, and where the act has them its item, decision,
 * municipality, measure (`practiceId`), body and the actor's reason.
 * @category read models
 */
export type SignalRow = {
  readonly signalStream: string
  readonly streamId: string
  readonly version: number
  readonly itemId?: string
  readonly decisionId?: string
  readonly municipality?: string
  readonly practiceId?: string
  readonly body?: string
  readonly reason?: string
  readonly code: string
  readonly explanationNl: string
  readonly explanationEn: string
  readonly actor: string
  readonly date: string
  readonly at: string
}

const keyOf = (streamId: string, version: number) => `${streamId}#${version}`

/**
 * Every signal of every act, keyed `signal-stream#version`; rows carry the fields that lists
 * filter on (item, decision, municipality, measure, body, stream, code, date).
 * @category read models
 */
export const signalRegister: ReadModel<SignalRow> = {
  name: "signal-register",
  version: 2,
  keysOf: (stored) => (signalEventCodec.handles(stored.type) ? [keyOf(stored.streamId, stored.version)] : []),
  apply: (stored) => {
    if (!signalEventCodec.handles(stored.type)) return []
    const decoded = signalEventCodec.fromStored(stored)
    if (Either.isLeft(decoded)) return []
    const event = decoded.right
    const itemId =
      event.itemId ?? (event.streamId.startsWith("item-") ? event.streamId.slice("item-".length) : undefined)
    return [
      {
        key: keyOf(stored.streamId, stored.version),
        row: {
          signalStream: stored.streamId,
          streamId: event.streamId,
          version: event.version,
          ...(itemId === undefined ? {} : { itemId }),
          ...(event.decisionId === undefined ? {} : { decisionId: event.decisionId }),
          ...(event.municipality === undefined ? {} : { municipality: event.municipality }),
          ...(event.practiceId === undefined ? {} : { practiceId: event.practiceId }),
          ...(event.body === undefined ? {} : { body: event.body }),
          ...(event.reason === undefined ? {} : { reason: event.reason }),
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
