import { Either, ParseResult, Schema } from "effect"
import type { JsonValue } from "./canonicalJson.js"
import type { NewEvent, StoredEvent } from "../ports/EventStore.js"

/**
 * A stored event that does not decode as the events of its aggregate.
 * @category deciders
 */
export class UndecodableEvent extends Schema.TaggedError<UndecodableEvent>()("UndecodableEvent", {
  streamId: Schema.String,
  position: Schema.Number,
  type: Schema.String,
  reason: Schema.String,
}) {
  override get message(): string {
    return `event ${this.position} (${this.type}) in stream '${this.streamId}' does not decode: ${this.reason}`
  }
}

/**
 * Turns an aggregate's events (tagged schemas) into events to store and back. Events are the
 * durable contract: a changed meaning is a new event type, a changed shape a new schema version.
 * @category deciders
 */
export interface EventCodec<E extends { readonly _tag: string }> {
  readonly schemaVersion: number
  readonly toNewEvent: (event: E) => NewEvent
  readonly fromStored: (stored: StoredEvent) => Either.Either<E, UndecodableEvent>
  readonly handles: (type: string) => boolean
}

// The event each `NewEvent` was encoded from, and, once a store tells, the event each stored event
// was appended from: decoding a stored event that this process just appended gives that event back,
// so it need not be decoded again (read models decode every appended event).
const encodedFrom = new WeakMap<NewEvent, { readonly _tag: string }>()
const appendedFrom = new WeakMap<StoredEvent, { readonly _tag: string }>()

/**
 * For stores: tells the codecs that `stored` is what this store made of `appended`, so that decoding
 * it gives back the event `appended` was encoded from instead of decoding its payload again. Only
 * for a stored event whose payload is the JSON of `appended`'s payload.
 * @category event store
 */
export const rememberAppended = (appended: NewEvent, stored: StoredEvent): void => {
  const event = encodedFrom.get(appended)
  if (event !== undefined) appendedFrom.set(stored, event)
}

/** A codec for a union of tagged event schemas at schema version 1. @category deciders */
export const eventCodec = <E extends { readonly _tag: string }, I>(
  schema: Schema.Schema<E, I>,
  types: ReadonlyArray<string>,
): EventCodec<E> => {
  const encode = Schema.encodeSync(schema)
  const decode = Schema.decodeUnknownEither(schema)
  const known = new Set(types)
  // Read models decode the same stored event in `keysOf` and in `apply`, one right after the
  // other: the last decoded event is kept. (A map of every decoded event cost more in garbage
  // collection than it saved, folding a million events.)
  let last: { readonly stored: StoredEvent; readonly result: Either.Either<E, UndecodableEvent> } | undefined
  return {
    schemaVersion: 1,
    handles: (type) => known.has(type),
    toNewEvent: (event) => {
      const appended: NewEvent = { type: event._tag, schemaVersion: 1, payload: encode(event) as JsonValue }
      encodedFrom.set(appended, event)
      return appended
    },
    fromStored: (stored) => {
      if (last !== undefined && last.stored === stored) return last.result
      const original = appendedFrom.get(stored)
      if (original !== undefined && original._tag === stored.type && known.has(stored.type)) {
        const result = Either.right(original as E)
        last = { stored, result }
        return result
      }
      const result = decode(stored.payload).pipe(
        Either.mapLeft(
          (error) =>
            new UndecodableEvent({
              streamId: stored.streamId,
              position: stored.position,
              type: stored.type,
              reason: ParseResult.TreeFormatter.formatErrorSync(error),
            }),
        ),
      )
      last = { stored, result }
      return result
    },
  }
}
