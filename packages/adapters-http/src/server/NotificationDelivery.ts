import { Route, Store } from "@weerbaar/core"
import { type Duration, Effect, Layer, Option, Schedule, Schema } from "effect"
import { isSecureCallbackUrl } from "../api/callbackUrl.js"
import { Notificatie } from "../api/subscriptions.js"
import { itemResources } from "../api/groups/items.js"
import { signatureHeader, signatureOf } from "./callbackSignature.js"
import { channelsOf, isAnnounced, resourcePathOf } from "./channels.js"
import { type ActiveSubscription, Subscriptions } from "./Subscriptions.js"

/** How notifications are delivered. @category notifications */
export interface DeliveryOptions {
  /** Host names that callbacks may go to; any other callback is refused at registration and never called. */
  readonly allowedCallbackHosts: ReadonlyArray<string>
  /** The server's public base URL, for the links in notifications. */
  readonly publicUrl: string
  /** How often the log is checked for new events. Default 250 ms. */
  readonly pollInterval?: Duration.DurationInput
  /** Attempts per notification before delivery pauses until the next poll. Default 5. */
  readonly maxAttempts?: number
  /** The first retry's delay, doubled on each further retry. Default 100 ms. */
  readonly retryDelay?: Duration.DurationInput
}

/** Whether a callback URL's host is one the operator allows. @category notifications */
export const callbackAllowed = (url: string, allowedHosts: ReadonlyArray<string>): boolean =>
  URL.canParse(url) && allowedHosts.map((h) => h.toLowerCase()).includes(new URL(url).hostname.toLowerCase())

class CallbackFailed extends Schema.TaggedError<CallbackFailed>()("CallbackFailed", { reason: Schema.String }) {}

const encodeNotificatie = Schema.encodeSync(Notificatie)

/**
 * Delivers a notification for every announced event to every subscription whose channels it is
 * on: at least once, in order, signed with the subscription's secret (`Weerbaar-Signature`),
 * retried with exponential backoff; a subscription's checkpoint advances only past delivered
 * events, so a restart resumes where delivery stopped. Delivery runs on its own fiber, polling
 * the log: a command never waits for a receiver.
 * @category notifications
 */
export const NotificationDeliveryLive = (
  options: DeliveryOptions,
): Layer.Layer<never, never, Subscriptions | Store.EventStore | Store.ReadModelStore> =>
  Layer.scopedDiscard(
    Effect.gen(function* () {
      const subscriptions = yield* Subscriptions
      const store = yield* Store.EventStore
      const readModels = yield* Store.ReadModelStore
      const base = options.publicUrl.replace(/\/$/, "")
      const progress = new Map<string, number>()

      const hoofdObject = (event: Store.StoredEvent) =>
        Effect.gen(function* () {
          const path = resourcePathOf(event)
          if (path !== undefined) return `${base}${path}`
          if (!event.streamId.startsWith("item-")) return `${base}/v1/gebeurtenissen?na=${event.position - 1}`
          const itemId = event.streamId.slice("item-".length)
          const row = yield* Effect.orElseSucceed(readModels.get(Route.itemOverview, itemId), () => Option.none())
          const resource = Option.flatMapNullable(row, (r) => itemResources[r.kind as keyof typeof itemResources])
          return Option.match(resource, {
            onNone: () => `${base}/v1/gebeurtenissen?na=${event.position - 1}`,
            onSome: (r) => `${base}/v1/${r}/${itemId}`,
          })
        })

      // Signed at each attempt, so the signed time is when this request was sent.
      const post = (url: string, body: string, secret: string | undefined) =>
        Effect.tryPromise({
          try: async (signal) => {
            const headers: Record<string, string> = { "content-type": "application/json" }
            if (secret !== undefined)
              headers[signatureHeader] = signatureOf(secret, body, Math.floor(Date.now() / 1000))
            // The timeout bounds how long a receiver that never answers holds up its own deliveries;
            // commands never wait for delivery at all.
            const response = await fetch(url, {
              method: "POST",
              headers,
              body,
              signal: AbortSignal.any([signal, AbortSignal.timeout(5_000)]),
            })
            await response.arrayBuffer()
            if (!response.ok) throw new Error(`callback answered ${response.status}`)
          },
          catch: (error) => new CallbackFailed({ reason: error instanceof Error ? error.message : String(error) }),
        })

      const deliver = (subscription: ActiveSubscription, event: Store.StoredEvent) =>
        Effect.gen(function* () {
          const url = subscription.abonnement.callbackUrl
          if (!callbackAllowed(url, options.allowedCallbackHosts) || !isSecureCallbackUrl(url)) {
            return yield* new CallbackFailed({ reason: `${url} is not an allowed https (or loopback) callback` })
          }
          const channel = channelsOf(event).find((c) => subscription.abonnement.kanalen.includes(c))
          if (channel === undefined) return
          const main = yield* hoofdObject(event)
          const notificatie = new Notificatie({
            kanaal: channel,
            hoofdObject: main,
            resource: event.type,
            resourceUrl: `${base}/v1/gebeurtenissen?na=${event.position - 1}&limiet=1`,
            actie: event.type,
            aanmaakdatum: event.recordedAt,
            kenmerken: { stroom: event.streamId, versie: String(event.version) },
            positie: event.position,
          })
          yield* post(url, JSON.stringify(encodeNotificatie(notificatie)), subscription.secret).pipe(
            Effect.retry(
              Schedule.exponential(options.retryDelay ?? "100 millis").pipe(
                Schedule.intersect(Schedule.recurs(Math.max(0, (options.maxAttempts ?? 5) - 1))),
              ),
            ),
          )
        })

      const serve = (subscription: ActiveSubscription) =>
        Effect.gen(function* () {
          const id = subscription.abonnement.id
          const from = Math.max(subscription.deliveredUpTo, progress.get(id) ?? 0)
          const events = yield* store.readAll({ after: from, limit: 200 })
          let reached = from
          let delivered = false
          for (const event of events) {
            const wanted =
              isAnnounced(event) && channelsOf(event).some((c) => subscription.abonnement.kanalen.includes(c))
            if (wanted) {
              const ok = yield* Effect.either(deliver(subscription, event))
              if (ok._tag === "Left") break
              delivered = true
            }
            reached = event.position
          }
          progress.set(id, reached)
          // Only a delivery is worth a checkpoint: skipping events (the checkpoints among them) is not.
          if (delivered) yield* subscriptions.delivered(id, reached)
        })

      const round = Effect.flatMap(subscriptions.active, (all) => Effect.forEach(all, serve, { discard: true }))
      yield* round.pipe(
        Effect.catchAllCause((cause) => Effect.logWarning("notification round failed", cause)),
        Effect.repeat(Schedule.spaced(options.pollInterval ?? "250 millis")),
        Effect.forkScoped,
      )
    }),
  )
