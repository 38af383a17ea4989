import { canonicalJson } from "../kernel/canonicalJson.js"
import { sha256Hex } from "../kernel/sha256.js"
import type { ChainVerification, EventMetadata, StoredEvent } from "./EventStore.js"

/**
 * The metadata a store keeps: the actor, the correlation and causation ids and the idempotency
 * key — nothing else, so that every store hashes the same fields.
 * @category event store
 */
export const storedMetadata = (metadata: EventMetadata): EventMetadata => {
  // Built up property by property: V8 copies a literal that begins with a spread slowly.
  const stored: { -readonly [K in keyof EventMetadata]: EventMetadata[K] } = {}
  if (metadata.actor !== undefined) stored.actor = metadata.actor
  if (metadata.correlationId !== undefined) stored.correlationId = metadata.correlationId
  if (metadata.causationId !== undefined) stored.causationId = metadata.causationId
  if (metadata.idempotencyKey !== undefined) stored.idempotencyKey = metadata.idempotencyKey
  return stored
}

/** The hash before the first event. @category event store */
export const genesisHash = "0".repeat(64)

/**
 * The canonical encoding of a stored event, without its hash: the text every store hashes.
 * Defined once here so that every store computes the same chain.
 * @category event store
 */
export const canonicalEventEncoding = (event: Omit<StoredEvent, "hash">): string =>
  canonicalJson({
    position: event.position,
    streamId: event.streamId,
    version: event.version,
    type: event.type,
    schemaVersion: event.schemaVersion,
    payload: event.payload,
    metadata: storedMetadata(event.metadata),
    recordedAt: event.recordedAt,
  })

/**
 * The hash of an event: `SHA-256(previous hash ‖ canonical encoding of the event)`, hex.
 * @category event store
 */
export const chainHash = (previousHash: string, event: Omit<StoredEvent, "hash">): string =>
  sha256Hex(previousHash + canonicalEventEncoding(event))

/**
 * Walks events in order of position from `previousHash` and reports the first position where the
 * chain breaks: a hash that does not match, or a gap in the positions.
 * @category event store
 */
export const verifyChain = (
  events: Iterable<StoredEvent>,
  previousHash: string = genesisHash,
  previousPosition = 0,
  hash: (previousHash: string, event: Omit<StoredEvent, "hash">) => string = chainHash,
): ChainVerification => {
  let head = previousHash
  let position = previousPosition
  let checked = 0
  for (const event of events) {
    if (event.position !== position + 1) {
      return { intact: false, checked, position: position + 1, reason: `event at position ${position + 1} is missing` }
    }
    const expected = hash(head, event)
    if (expected !== event.hash) {
      return {
        intact: false,
        checked,
        position: event.position,
        reason: `hash of event ${event.position} does not match its content and the chain before it`,
      }
    }
    head = event.hash
    position = event.position
    checked++
  }
  return { intact: true, checked, head }
}
