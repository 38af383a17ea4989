import * as crypto from "node:crypto"
import { type Governance, type Kernel, Programme, Store } from "@weerbaar/core"
import { Context, Effect, Layer, Option, Ref, Schema } from "effect"
import {
  AccessTokenEvent,
  AccessTokenIssued,
  type AccessTokenRecord,
  AccessTokenRevoked,
  accessTokensOf,
} from "./accessTokenLog.js"

export { AccessTokenIssued, type AccessTokenRecord, AccessTokenRevoked } from "./accessTokenLog.js"

/** The stream of issued and revoked tokens. @category authentication */
export const accessTokenStreamId = "access-tokens"

/** The person a token is issued to is not in the governance model. @category authentication */
export class UnknownPerson extends Schema.TaggedError<UnknownPerson>()("UnknownPerson", { person: Schema.String }) {
  override get message(): string {
    return `person '${this.person}' is not in the governance model`
  }
}

/** No token with this id was ever issued. @category authentication */
export class UnknownToken extends Schema.TaggedError<UnknownToken>()("UnknownToken", { tokenId: Schema.String }) {
  override get message(): string {
    return `no token '${this.tokenId}' was issued`
  }
}

/** A token would expire before it is issued. @category authentication */
export class ExpiryNotInFuture extends Schema.TaggedError<ExpiryNotInFuture>()("ExpiryNotInFuture", {
  expiresAt: Schema.String,
  now: Schema.String,
}) {
  override get message(): string {
    return `the expiry ${this.expiresAt} is not after now (${this.now})`
  }
}

/** A token as shown once when it is issued. @category authentication */
export interface IssuedToken {
  readonly tokenId: string
  readonly person: Governance.PersonId
  /** The bearer token: shown once, never stored. */
  readonly token: string
  readonly expiresAt?: Kernel.Timestamp
}

interface Verifiable {
  readonly person: Governance.PersonId
  readonly hash: Buffer
  /** Milliseconds since the epoch from which the token is refused; Infinity when it does not expire. */
  readonly expires: number
}

const prefix = "wbr"
// One-shot hashing (Node 20.12 and later) spares a Hash object per request.
const hashOf = (secret: string): Buffer =>
  typeof crypto.hash === "function"
    ? crypto.hash("sha256", secret, "buffer")
    : crypto.createHash("sha256").update(secret, "utf8").digest()

/** The holder of `token` among the tokens valid at `now`, in constant time. */
const holderOf = (
  map: ReadonlyMap<string, Verifiable>,
  token: string,
  now: number,
): Option.Option<{ readonly person: Governance.PersonId; readonly tokenId: string }> => {
  const [p, tokenId, secret, ...rest] = token.split(".")
  if (p !== prefix || tokenId === undefined || secret === undefined || rest.length > 0) return Option.none()
  const record = map.get(tokenId)
  // Hash first, compare in constant time: neither the lookup nor the comparison tells how close a guess was.
  const presented = hashOf(secret)
  const expected = record?.hash ?? Buffer.alloc(presented.length)
  const equal = expected.length === presented.length && crypto.timingSafeEqual(expected, presented)
  return record !== undefined && equal && now < record.expires
    ? Option.some({ person: record.person, tokenId })
    : Option.none()
}

/**
 * Bearer tokens bound to persons of the governance model. A token is `wbr.<id>.<secret>`; the
 * store keeps only the SHA-256 of the secret, and verification compares in constant time. A
 * revoked token, or one past its expiry, is refused from that moment on.
 * @category authentication
 */
export class AccessTokens extends Context.Tag("@weerbaar/adapters-http/AccessTokens")<
  AccessTokens,
  {
    /** Issues a token for a person of the model, optionally expiring; the token is returned once. */
    readonly issue: (
      person: Governance.PersonId,
      label: string,
      issuedBy: string,
      expiresAt?: Kernel.Timestamp,
    ) => Effect.Effect<
      IssuedToken,
      | UnknownPerson
      | ExpiryNotInFuture
      | Programme.NoGovernanceModel
      | Programme.ReadError
      | Store.StreamVersionConflict
    >
    /** Every token issued, in order of issue, without secrets. */
    readonly list: Effect.Effect<ReadonlyArray<AccessTokenRecord>, Store.EventStoreFailure>
    /** Revokes a token from now on; revoking a revoked token changes nothing. */
    readonly revoke: (
      tokenId: string,
      revokedBy: string,
    ) => Effect.Effect<void, UnknownToken | Store.StreamVersionConflict | Store.EventStoreFailure>
    /** The person of a valid token, or none for a missing, malformed, unknown, revoked or expired one. */
    readonly verify: (
      token: string,
    ) => Effect.Effect<
      Option.Option<{ readonly person: Governance.PersonId; readonly tokenId: string }>,
      Store.EventStoreFailure
    >
  }
>() {
  /** Tokens kept in the programme's event store. */
  static readonly layer: Layer.Layer<AccessTokens, never, Programme.ProgrammeRuntime | Store.EventStore> = Layer.effect(
    AccessTokens,
    Effect.gen(function* () {
      const runtime = yield* Programme.ProgrammeRuntime
      const store = yield* Store.EventStore
      const encode = Schema.encodeSync(AccessTokenEvent)
      const records = Effect.map(store.readStream(accessTokenStreamId), (events) =>
        accessTokensOf(events.map((e) => e.payload)),
      )
      const cache = yield* Ref.make<{ version: number; tokens: ReadonlyMap<string, Verifiable> }>({
        version: -1,
        tokens: new Map(),
      })
      // Read again whenever the stream grew, so a revocation by another process counts at its next request.
      const verifiable = Effect.gen(function* () {
        const version = yield* store.streamVersion(accessTokenStreamId)
        const cached = yield* Ref.get(cache)
        if (cached.version === version) return cached.tokens
        const map = new Map<string, Verifiable>()
        for (const r of yield* records) {
          if (r.revokedAt !== undefined) continue
          const expires = r.expiresAt === undefined ? Number.POSITIVE_INFINITY : Date.parse(r.expiresAt)
          map.set(r.tokenId, { person: r.person, hash: Buffer.from(r.secretHash, "hex"), expires })
        }
        yield* Ref.set(cache, { version, tokens: map })
        return map
      })
      const append = (event: typeof AccessTokenEvent.Type, actor: string) =>
        Effect.gen(function* () {
          const version = yield* store.streamVersion(accessTokenStreamId)
          yield* store.append(
            [
              {
                streamId: accessTokenStreamId,
                expectedVersion: version,
                events: [{ type: event._tag, schemaVersion: 1, payload: encode(event) }],
              },
            ],
            { actor },
          )
        })
      const withoutSecret = ({ secretHash: _, ...record }: AccessTokenRecord & { secretHash: string }) => record
      return {
        issue: (person, label, issuedBy, expiresAt) =>
          Effect.gen(function* () {
            const model = yield* runtime.model
            if (!model.persons.some((p) => p.id === person)) return yield* new UnknownPerson({ person })
            const at = yield* runtime.now
            if (expiresAt !== undefined && Date.parse(expiresAt) <= Date.parse(at)) {
              return yield* new ExpiryNotInFuture({ expiresAt, now: at })
            }
            const tokenId = crypto.randomBytes(6).toString("hex")
            const secret = crypto.randomBytes(32).toString("base64url")
            const secretHash = hashOf(secret).toString("hex")
            yield* append(
              new AccessTokenIssued({
                tokenId,
                person,
                secretHash,
                label,
                issuedBy,
                at,
                ...(expiresAt === undefined ? {} : { expiresAt }),
              }),
              issuedBy,
            )
            const token = `${prefix}.${tokenId}.${secret}`
            return expiresAt === undefined ? { tokenId, person, token } : { tokenId, person, token, expiresAt }
          }),
        list: Effect.map(records, (all) => all.map(withoutSecret)),
        revoke: (tokenId, revokedBy) =>
          Effect.gen(function* () {
            const known = (yield* records).find((r) => r.tokenId === tokenId)
            if (known === undefined) return yield* new UnknownToken({ tokenId })
            if (known.revokedAt !== undefined) return
            const at = yield* runtime.now
            yield* append(new AccessTokenRevoked({ tokenId, revokedBy, at }), revokedBy)
          }),
        verify: (token) =>
          Effect.gen(function* () {
            const map = yield* verifiable
            const now = Date.parse(yield* runtime.now)
            return holderOf(map, token, now)
          }),
      }
    }),
  )
}
