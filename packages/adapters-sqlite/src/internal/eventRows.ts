import type { Kernel, Store } from "@weerbaar/core"

/** An `events` row as SQLite returns it. */
export interface EventRow {
  readonly position: number
  readonly stream_id: string
  readonly version: number
  readonly type: string
  readonly schema_version: number
  readonly payload: string
  readonly actor: string | null
  readonly correlation_id: string | null
  readonly causation_id: string | null
  readonly idempotency_key: string | null
  readonly recorded_at: string
  readonly hash: string
}

export const eventColumns =
  "position, stream_id, version, type, schema_version, payload, actor, correlation_id, causation_id, idempotency_key, recorded_at, hash"

/** The four known fields, in a fixed order, absent ones (`null`, `undefined`) left out. */
const metadataFrom = (
  actor: string | null | undefined,
  correlationId: string | null | undefined,
  causationId: string | null | undefined,
  idempotencyKey: string | null | undefined,
): Store.EventMetadata => {
  const metadata: { -readonly [K in keyof Store.EventMetadata]: string } = {}
  if (actor != null) metadata.actor = actor
  if (correlationId != null) metadata.correlationId = correlationId
  if (causationId != null) metadata.causationId = causationId
  if (idempotencyKey != null) metadata.idempotencyKey = idempotencyKey
  return metadata
}

/** Only the four known fields, in a fixed order, absent ones left out: what is stored is what is hashed. */
export const normalizeMetadata = (metadata: Store.EventMetadata): Store.EventMetadata =>
  metadataFrom(metadata.actor, metadata.correlationId, metadata.causationId, metadata.idempotencyKey)

const metadataOf = (row: EventRow): Store.EventMetadata =>
  metadataFrom(row.actor, row.correlation_id, row.causation_id, row.idempotency_key)

/** Decodes a row; throws a `SyntaxError` when the payload is not JSON (a damaged or altered row). */
export const storedEventOf = (row: EventRow): Store.StoredEvent => ({
  position: row.position,
  streamId: row.stream_id,
  version: row.version,
  type: row.type,
  schemaVersion: row.schema_version,
  payload: JSON.parse(row.payload) as Kernel.JsonValue,
  metadata: metadataOf(row),
  recordedAt: row.recorded_at as Kernel.Timestamp,
  hash: row.hash,
})

/** The row values of an event, in the order of {@link eventColumns}. */
export const rowValuesOf = (event: Store.StoredEvent, payloadText: string): ReadonlyArray<string | number | null> => [
  event.position,
  event.streamId,
  event.version,
  event.type,
  event.schemaVersion,
  payloadText,
  event.metadata.actor ?? null,
  event.metadata.correlationId ?? null,
  event.metadata.causationId ?? null,
  event.metadata.idempotencyKey ?? null,
  event.recordedAt,
  event.hash,
]
