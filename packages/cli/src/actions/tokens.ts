import { type AccessTokenRecord, AccessTokens, WeerbaarServices } from "@weerbaar/adapters-http"
import { Governance, Kernel } from "@weerbaar/core"
import { Clock, Effect, Either, Layer, Option } from "effect"
import { BadInput } from "../cli/errors.js"
import type { Global } from "../cli/global.js"
import type { Output } from "../cli/output.js"
import { expiryOf } from "../runtime/expiry.js"
import { actorOf, decodeInput } from "../runtime/input.js"
import { requireStoreFile, storeLayer } from "../runtime/services.js"
import { table } from "../runtime/table.js"

const onTokens = <A, E, R>(global: Global, effect: Effect.Effect<A, E, R>) =>
  Effect.flatMap(requireStoreFile(global.db), () =>
    effect.pipe(Effect.provide(WeerbaarServices.pipe(Layer.provideMerge(storeLayer(global.db))))),
  )

/** `token create`: a bearer token for a person of the model, shown once; the store keeps only its hash. */
export const createToken = (global: Global, args: { person: string; label: string; expires: Option.Option<string> }) =>
  onTokens(
    global,
    Effect.gen(function* () {
      const issuedBy = yield* actorOf(global)
      const person = yield* decodeInput(Governance.PersonId, "pass --person with a person id of the model")(args.person)
      const now = new Date(yield* Clock.currentTimeMillis)
      const expiresAt = yield* Option.match(args.expires, {
        onNone: () => Effect.succeed(undefined),
        onSome: (input) =>
          Either.match(expiryOf(input, now), {
            onLeft: (problem) =>
              Effect.fail(new BadInput({ problem: `--expires ${problem}`, next: "pass --expires 2027-01-01 or 90d" })),
            onRight: (at) => Effect.succeed(Kernel.timestampOf(at)),
          }),
      })
      const issued = yield* (yield* AccessTokens)
        .issue(person, args.label, issuedBy, expiresAt)
        .pipe(
          Effect.catchTag("ExpiryNotInFuture", (e) =>
            Effect.fail(
              new BadInput({ problem: `--expires: ${e.message}`, next: "pass a later date or a duration such as 90d" }),
            ),
          ),
        )
      const until = issued.expiresAt === undefined ? "does not expire" : `expires ${issued.expiresAt}`
      return {
        json: issued,
        text: `token ${issued.tokenId} for ${issued.person}, ${until} (shown once, keep it safe):\n${issued.token}`,
      } satisfies Output
    }),
  )

const stateOf = (token: AccessTokenRecord, now: number): "active" | "expired" | "revoked" =>
  token.revokedAt !== undefined
    ? "revoked"
    : token.expiresAt !== undefined && Date.parse(token.expiresAt) <= now
      ? "expired"
      : "active"

/** `token list`: every token issued, without secrets: who holds it, when it was made, when it expires or was revoked. */
export const listTokens = (global: Global) =>
  onTokens(
    global,
    Effect.gen(function* () {
      const now = yield* Clock.currentTimeMillis
      const tokens = (yield* (yield* AccessTokens).list).map((t) => ({ ...t, state: stateOf(t, now) }))
      return {
        json: { tokens },
        text: table(
          ["id", "person", "label", "created", "expires", "revoked", "state"],
          tokens.map((t) => [
            t.tokenId,
            t.person,
            t.label,
            t.issuedAt,
            t.expiresAt ?? "-",
            t.revokedAt ?? "-",
            t.state,
          ]),
        ),
      } satisfies Output
    }),
  )

/** `token revoke`: the token is refused from its next request on; the revocation is recorded with who revoked it. */
export const revokeToken = (global: Global, args: { id: string }) =>
  onTokens(
    global,
    Effect.gen(function* () {
      const revokedBy = yield* actorOf(global)
      const tokens = yield* AccessTokens
      yield* tokens
        .revoke(args.id, revokedBy)
        .pipe(
          Effect.catchTag("UnknownToken", (e) =>
            Effect.fail(new BadInput({ problem: e.message, next: "`weerbaar token list` shows the tokens' ids" })),
          ),
        )
      const revoked = (yield* tokens.list).find((t) => t.tokenId === args.id)
      return {
        json: revoked,
        text: `token ${args.id} of ${revoked?.person ?? "?"} revoked at ${revoked?.revokedAt ?? "?"}`,
      } satisfies Output
    }),
  )
