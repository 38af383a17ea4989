import { Kernel, Store } from "@weerbaar/core"
import { Either, ParseResult, Schema } from "effect"
import { normalizeMetadata } from "./eventRows.js"
import { nodeChainHash } from "./nodeChainHash.js"

const Count = Schema.Int.pipe(Schema.greaterThanOrEqualTo(1))

/** One line of an exported event log: a stored event, its hash included. */
const EventLine = Schema.Struct({
  position: Count,
  streamId: Schema.NonEmptyString,
  version: Count,
  type: Schema.NonEmptyString,
  schemaVersion: Schema.Int,
  payload: Schema.Unknown,
  metadata: Schema.Struct({
    actor: Schema.optional(Schema.String),
    correlationId: Schema.optional(Schema.String),
    causationId: Schema.optional(Schema.String),
    idempotencyKey: Schema.optional(Schema.String),
  }),
  recordedAt: Schema.String,
  hash: Schema.String.pipe(Schema.pattern(/^[0-9a-f]{64}$/)),
})

const decodeLine = Schema.decodeUnknownEither(EventLine, { onExcessProperty: "error" })

/** The text of one exported event: canonical JSON, so an export is the same bytes every time. */
export const eventLineOf = (event: Store.StoredEvent): string => `${Kernel.canonicalJson(event)}\n`

/** Where the next imported line must continue: the chain's head and each stream's version. */
export interface ImportCursor {
  readonly head: string
  readonly position: number
  readonly versions: Map<string, number>
}

/**
 * Decodes one line and checks that it continues the chain (core's `verifyChain`) and its stream.
 * Returns the event and the new cursor, or why the line is refused.
 */
export const continueImport = (
  text: string,
  cursor: ImportCursor,
): Either.Either<
  { readonly event: Store.StoredEvent; readonly cursor: ImportCursor },
  { reason: string; position?: number }
> => {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return Either.left({ reason: "the line is not JSON" })
  }
  const decoded = decodeLine(json)
  if (Either.isLeft(decoded)) {
    const position = (json as { position?: unknown } | null)?.position
    return Either.left({
      reason: `the line is not a stored event: ${ParseResult.TreeFormatter.formatErrorSync(decoded.left)}`,
      ...(typeof position === "number" ? { position } : {}),
    })
  }
  const event = {
    ...decoded.right,
    metadata: normalizeMetadata(decoded.right.metadata as Store.EventMetadata),
  } as Store.StoredEvent
  const chain = Store.verifyChain([event], cursor.head, cursor.position, nodeChainHash)
  if (!chain.intact) return Either.left({ reason: chain.reason, position: chain.position })
  const expectedVersion = (cursor.versions.get(event.streamId) ?? 0) + 1
  if (event.version !== expectedVersion) {
    return Either.left({
      reason: `stream '${event.streamId}' continues at version ${expectedVersion}, not ${event.version}`,
      position: event.position,
    })
  }
  cursor.versions.set(event.streamId, event.version)
  return Either.right({ event, cursor: { head: event.hash, position: event.position, versions: cursor.versions } })
}
