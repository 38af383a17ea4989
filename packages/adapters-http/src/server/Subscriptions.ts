import { Kernel, Programme, Store } from "@weerbaar/core"
import { Context, Effect, Either, Layer, Schema } from "effect"
import { AangemaaktAbonnement } from "../api/createdSubscription.js"
import { Abonnement, Kanaal } from "../api/subscriptions.js"
import { newSubscriptionSecret } from "./callbackSignature.js"

/** A subscriber registered a callback for channels, from a position of the log on. @category notifications */
export class SubscriptionRegistered extends Schema.TaggedClass<SubscriptionRegistered>()("SubscriptionRegistered", {
  subscriptionId: Schema.String,
  callbackUrl: Schema.String,
  channels: Schema.Array(Kanaal),
  subscriber: Schema.String,
  fromPosition: Schema.Int,
  at: Kernel.Timestamp,
  /** The key notifications are signed with; a subscription registered before signing has none. */
  secret: Schema.optionalWith(Schema.String, { exact: true }),
}) {}

/** A subscription was ended. @category notifications */
export class SubscriptionCancelled extends Schema.TaggedClass<SubscriptionCancelled>()("SubscriptionCancelled", {
  subscriptionId: Schema.String,
  cancelledBy: Schema.String,
  at: Kernel.Timestamp,
}) {}

/** Notifications up to a position were delivered to a subscription: where delivery resumes after a restart. @category notifications */
export class NotificationsDelivered extends Schema.TaggedClass<NotificationsDelivered>()("NotificationsDelivered", {
  subscriptionId: Schema.String,
  upToPosition: Schema.Int,
  at: Kernel.Timestamp,
}) {}

const SubscriptionEvent = Schema.Union(SubscriptionRegistered, SubscriptionCancelled, NotificationsDelivered)
type SubscriptionEvent = typeof SubscriptionEvent.Type

/** The stream of subscriptions and their delivery checkpoints. @category notifications */
export const subscriptionStreamId = "subscriptions"

/** A subscription as the deliverer sees it. @category notifications */
export interface ActiveSubscription {
  readonly abonnement: Abonnement
  readonly deliveredUpTo: number
  /** The key its notifications are signed with, if it has one. */
  readonly secret?: string
}

/**
 * Notification subscriptions kept in the event store: register (with a new signing secret,
 * answered once), cancel, list, and the checkpoint up to which each subscription was served.
 * @category notifications
 */
export class Subscriptions extends Context.Tag("@weerbaar/adapters-http/Subscriptions")<
  Subscriptions,
  {
    readonly register: (
      subscriber: string,
      callbackUrl: string,
      channels: ReadonlyArray<Kanaal>,
      /** The request's `Idempotency-Key` (scoped to the person) and fingerprint: a retry answers the first. */
      idempotency?: Pick<Store.EventMetadata, "idempotencyKey" | "correlationId">,
    ) => Effect.Effect<AangemaaktAbonnement, Store.EventStoreFailure | Error>
    readonly cancel: (subscriptionId: string, by: string) => Effect.Effect<boolean, Store.EventStoreFailure | Error>
    readonly active: Effect.Effect<ReadonlyArray<ActiveSubscription>, Store.EventStoreFailure>
    readonly delivered: (
      subscriptionId: string,
      upToPosition: number,
    ) => Effect.Effect<void, Store.EventStoreFailure | Error>
  }
>() {
  /** Subscriptions in the programme's event store. */
  static readonly layer: Layer.Layer<Subscriptions, never, Store.EventStore | Programme.ProgrammeRuntime> =
    Layer.effect(
      Subscriptions,
      Effect.gen(function* () {
        const store = yield* Store.EventStore
        const runtime = yield* Programme.ProgrammeRuntime
        const encode = Schema.encodeSync(SubscriptionEvent)
        const decode = Schema.decodeUnknownEither(SubscriptionEvent)
        const append = (
          event: SubscriptionEvent,
          actor: string,
          idempotency: Pick<Store.EventMetadata, "idempotencyKey" | "correlationId"> = {},
        ) =>
          Effect.gen(function* () {
            const version = yield* store.streamVersion(subscriptionStreamId)
            return yield* store.append(
              [
                {
                  streamId: subscriptionStreamId,
                  expectedVersion: version,
                  events: [{ type: event._tag, schemaVersion: 1, payload: encode(event) }],
                },
              ],
              { actor, ...idempotency },
            )
          }).pipe(Effect.retry({ times: 3, while: (e) => e._tag === "StreamVersionConflict" }))
        const all = Effect.map(store.readStream(subscriptionStreamId), (events) => {
          const subscriptions = new Map<string, ActiveSubscription>()
          for (const stored of events) {
            const event = decode(stored.payload)
            if (Either.isLeft(event)) continue
            const e = event.right
            switch (e._tag) {
              case "SubscriptionRegistered":
                subscriptions.set(e.subscriptionId, {
                  abonnement: new Abonnement({
                    id: e.subscriptionId,
                    callbackUrl: e.callbackUrl,
                    kanalen: e.channels,
                    abonnee: e.subscriber,
                    aangemaaktOp: e.at,
                  }),
                  deliveredUpTo: e.fromPosition,
                  ...(e.secret === undefined ? {} : { secret: e.secret }),
                })
                break
              case "SubscriptionCancelled":
                subscriptions.delete(e.subscriptionId)
                break
              case "NotificationsDelivered": {
                const s = subscriptions.get(e.subscriptionId)
                if (s !== undefined) subscriptions.set(e.subscriptionId, { ...s, deliveredUpTo: e.upToPosition })
                break
              }
            }
          }
          return [...subscriptions.values()]
        })
        return {
          register: (subscriber, callbackUrl, channels, idempotency) =>
            Effect.gen(function* () {
              const subscriptionId = yield* runtime.newId("abonnement")
              const fromPosition = yield* store.lastPosition
              const at = yield* runtime.now
              const secret = newSubscriptionSecret()
              const result = yield* append(
                new SubscriptionRegistered({
                  subscriptionId,
                  callbackUrl,
                  channels,
                  subscriber,
                  fromPosition,
                  at,
                  secret,
                }),
                subscriber,
                idempotency,
              )
              const first = result.events[0]
              const registered = first === undefined ? undefined : decode(first.payload)
              // A retried registration answers what the first stored, its secret included.
              const r = registered !== undefined && Either.isRight(registered) ? registered.right : undefined
              if (r?._tag === "SubscriptionRegistered" && r.secret !== undefined) {
                return new AangemaaktAbonnement({
                  id: r.subscriptionId,
                  callbackUrl: r.callbackUrl,
                  kanalen: r.channels,
                  abonnee: r.subscriber,
                  aangemaaktOp: r.at,
                  geheim: r.secret,
                })
              }
              return yield* Effect.fail(new Error("the registration was not stored"))
            }),
          cancel: (subscriptionId, by) =>
            Effect.gen(function* () {
              const exists = (yield* all).some((s) => s.abonnement.id === subscriptionId)
              if (!exists) return false
              yield* append(new SubscriptionCancelled({ subscriptionId, cancelledBy: by, at: yield* runtime.now }), by)
              return true
            }),
          active: all,
          delivered: (subscriptionId, upToPosition) =>
            Effect.flatMap(runtime.now, (at) =>
              append(new NotificationsDelivered({ subscriptionId, upToPosition, at }), "notificaties"),
            ).pipe(Effect.asVoid),
        }
      }),
    )
}
