import { HttpApiBuilder } from "@effect/platform"
import { Store } from "@weerbaar/core"
import { Effect } from "effect"
import { CurrentPerson } from "../api/Authentication.js"
import { WeerbaarApi } from "../api/WeerbaarApi.js"
import { isAnnounced } from "./channels.js"
import { readOrUnavailable, withResponseHeader } from "./execution.js"
import { idempotencyOf } from "./idempotency.js"
import { callbackAllowed } from "./NotificationDelivery.js"
import { invalidRequest, notFound, unavailable } from "./problems.js"
import { toGebeurtenis } from "./representations.js"
import { Subscriptions } from "./Subscriptions.js"

/** The event feed and subscriptions over HTTP. @category server */
export const gebeurtenissenLive = (allowedCallbackHosts: ReadonlyArray<string>) =>
  HttpApiBuilder.group(WeerbaarApi, "gebeurtenissen", (handlers) =>
    Effect.gen(function* () {
      const store = yield* Store.EventStore
      const subscriptions = yield* Subscriptions
      const failed = (e: { readonly message: string }) => unavailable(e.message)
      return handlers
        .handle("list", ({ urlParams }) =>
          Effect.gen(function* () {
            const limit = urlParams.limiet ?? Store.pageLimits.default
            const after = urlParams.na ?? 0
            // Read past unannounced events so that a page is full when the log has enough.
            const events = yield* readOrUnavailable(store.readAll({ after, limit: limit * 4 }))
            const shown = events.filter(isAnnounced).slice(0, limit)
            const last = shown.length === limit ? shown.at(-1)?.position : events.at(-1)?.position
            const more = events.length === limit * 4 || shown.length === limit
            return {
              resultaten: shown.map(toGebeurtenis),
              ...(more && last !== undefined ? { volgende: String(last) } : {}),
            }
          }),
        )
        .handle("subscribe", ({ payload, headers }) =>
          Effect.gen(function* () {
            const { person } = yield* CurrentPerson
            if (!callbackAllowed(payload.callbackUrl, allowedCallbackHosts)) {
              return yield* Effect.fail(
                invalidRequest([
                  {
                    name: "body.callbackUrl",
                    code: "host-not-allowed",
                    reason: `callbacks go only to hosts the operator allows: ${allowedCallbackHosts.join(", ") || "(none)"}`,
                  },
                ]),
              )
            }
            // A key used before for another request (another body or endpoint) is 422, as on every create.
            const idempotency = yield* idempotencyOf(person, headers["idempotency-key"])
            const abonnement = yield* Effect.mapError(
              subscriptions.register(person, payload.callbackUrl, payload.kanalen, idempotency),
              failed,
            )
            yield* withResponseHeader("location", `/v1/abonnementen/${abonnement.id}`)
            return abonnement
          }),
        )
        .handle("subscriptions", () =>
          Effect.gen(function* () {
            const { person } = yield* CurrentPerson
            const all = yield* Effect.mapError(subscriptions.active, failed)
            return all.map((s) => s.abonnement).filter((a) => a.abonnee === person)
          }),
        )
        .handle("unsubscribe", ({ path }) =>
          Effect.gen(function* () {
            const { person } = yield* CurrentPerson
            const all = yield* Effect.mapError(subscriptions.active, failed)
            const own = all.find((s) => s.abonnement.id === path.id && s.abonnement.abonnee === person)
            if (own === undefined) return yield* Effect.fail(notFound(`abonnementen/${path.id}`))
            yield* Effect.mapError(subscriptions.cancel(path.id, person), failed)
          }),
        )
    }),
  )
