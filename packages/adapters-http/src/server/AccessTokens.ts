import * as crypto from "node:crypto"
import { Governance, Kernel, Programme, Store } from "@weerbaar/core"
import { Context, Effect, Either, Layer, Option, Ref, Schema } from "effect"

/** A bearer token was issued to a person; only the SHA-256 of its secret is stored. @category authentication */
export class AccessTokenIssued extends Schema.TaggedClass<AccessTokenIssued>()("AccessTokenIssued", {
  tokenId: Schema.String,
  person: Governance.PersonId,
  secretHash: Schema.String,
  label: Schema.String,
  issuedBy: Schema.String,
  at: Kernel.Timestamp,
}) {}

/** A bearer token was revoked. @category authentication */
export class AccessTokenRevoked extends Schema.TaggedClass<AccessTokenRevoked>()("AccessTokenRevoked", {
  tokenId: Schema.String,
  revokedBy: Schema.String,
  at: Kernel.Timestamp,
}) {}

const TokenEvent = Schema.Union(AccessTokenIssued, AccessTokenRevoked)

/** The stream of issued and revoked tokens. @category authentication */
export const accessTokenStreamId = "access-tokens"

/** The person a token is issued to is not in the governance model. @category authentication */
export class UnknownPerson extends Schema.TaggedError<UnknownPerson>()("UnknownPerson", { person: Schema.String }) {
  override get message(): string {
    return `person '${this.person}' is not in the governance model`
  }
}

/** A token as shown once when it is issued. @category authentication */
export interface IssuedToken {
  readonly tokenId: string
  readonly person: Governance.PersonId
  /** The bearer token: shown once, never stored. */
  readonly token: string
}

const prefix = "wbr"
// One-shot hashing (Node 20.12 and later) spares a Hash object per request.
const hashOf = (secret: string): Buffer =>
  typeof crypto.hash === "function"
    ? crypto.hash("sha256", secret, "buffer")
    : crypto.createHash("sha256").update(secret, "utf8").digest()

/** The holder of `token` among the tokens known, in constant time. */
const holderOf = (
  map: ReadonlyMap<string, { readonly person: Governance.PersonId; readonly hash: Buffer }>,
  token: string,
): Option.Option<{ readonly person: Governance.PersonId; readonly tokenId: string }> => {
  const [p, tokenId, secret, ...rest] = token.split(".")
  if (p !== prefix || tokenId === undefined || secret === undefined || rest.length > 0) return Option.none()
  const record = map.get(tokenId)
  // Hash first, compare in constant time: neither the lookup nor the comparison tells how close a guess was.
  const presented = hashOf(secret)
  const expected = record?.hash ?? Buffer.alloc(presented.length)
  const equal = expected.length === presented.length && crypto.timingSafeEqual(expected, presented)
  return record !== undefined && equal ? Option.some({ person: record.person, tokenId }) : Option.none()
}

/**
 * Bearer tokens bound to persons of the governance model. A token is `wbr.<id>.<secret>`; the
 * store keeps only the SHA-256 of the secret, and verification compares in constant time.
 * @category authentication
 */
export class AccessTokens extends Context.Tag("@weerbaar/adapters-http/AccessTokens")<
  AccessTokens,
  {
    /** Issues a token for a person of the model; the token is returned once. */
    readonly issue: (
      person: Governance.PersonId,
      label: string,
      issuedBy: string,
    ) => Effect.Effect<
      IssuedToken,
      UnknownPerson | Programme.NoGovernanceModel | Programme.ReadError | Store.StreamVersionConflict
    >
    /** Revokes a token. */
    readonly revoke: (
      tokenId: string,
      revokedBy: string,
    ) => Effect.Effect<void, Store.StreamVersionConflict | Store.EventStoreFailure>
    /** The person of a valid token, or none for a missing, malformed, unknown or revoked one. */
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
      const encode = Schema.encodeSync(TokenEvent)
      const decode = Schema.decodeUnknownEither(TokenEvent)
      const cache = yield* Ref.make<{
        version: number
        tokens: ReadonlyMap<string, { person: Governance.PersonId; hash: Buffer }>
      }>({
        version: -1,
        tokens: new Map(),
      })
      const tokens = Effect.gen(function* () {
        const version = yield* store.streamVersion(accessTokenStreamId)
        const cached = yield* Ref.get(cache)
        if (cached.version === version) return cached.tokens
        const map = new Map<string, { person: Governance.PersonId; hash: Buffer }>()
        for (const stored of yield* store.readStream(accessTokenStreamId)) {
          const event = decode(stored.payload)
          if (Either.isLeft(event)) continue
          if (event.right._tag === "AccessTokenIssued") {
            map.set(event.right.tokenId, {
              person: event.right.person,
              hash: Buffer.from(event.right.secretHash, "hex"),
            })
          } else map.delete(event.right.tokenId)
        }
        yield* Ref.set(cache, { version, tokens: map })
        return map
      })
      const append = (event: typeof TokenEvent.Type, actor: string) =>
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
      return {
        issue: (person, label, issuedBy) =>
          Effect.gen(function* () {
            const model = yield* runtime.model
            if (!model.persons.some((p) => p.id === person)) return yield* new UnknownPerson({ person })
            const tokenId = crypto.randomBytes(6).toString("hex")
            const secret = crypto.randomBytes(32).toString("base64url")
            yield* append(
              new AccessTokenIssued({
                tokenId,
                person,
                secretHash: hashOf(secret).toString("hex"),
                label,
                issuedBy,
                at: yield* runtime.now,
              }),
              issuedBy,
            )
            return { tokenId, person, token: `${prefix}.${tokenId}.${secret}` }
          }),
        revoke: (tokenId, revokedBy) =>
          Effect.flatMap(runtime.now, (at) => append(new AccessTokenRevoked({ tokenId, revokedBy, at }), revokedBy)),
        verify: (token) => Effect.map(tokens, (map) => holderOf(map, token)),
      }
    }),
  )
}
