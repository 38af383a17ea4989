import { createServer } from "node:http"
import {
  HttpApiBuilder,
  HttpApiSwagger,
  HttpIncomingMessage,
  HttpServer,
  HttpServerResponse,
  OpenApi,
} from "@effect/platform"
import { NodeHttpServer } from "@effect/platform-node"
import { Programme, Store } from "@weerbaar/core"
import { type Duration, Effect, Layer, Option } from "effect"
import { defaultContact } from "../api/conformToApiDesignRules.js"
import { WeerbaarApi } from "../api/WeerbaarApi.js"
import { AccessTokens } from "./AccessTokens.js"
import { ApiMiddlewareLive } from "./apiMiddleware.js"
import { RequestIssuesLive } from "./requestIssues.js"
import { AuthenticationLive } from "./authenticationLive.js"
import { answerClientErrors } from "./clientErrors.js"
import { BesluitenLive } from "./besluitenHandlers.js"
import { BestuurLive } from "./bestuurHandlers.js"
import { gebeurtenissenLive } from "./gebeurtenissenHandlers.js"
import { OverdrachtenLive } from "./handoverHandlers.js"
import { RandvoorwaardenLive } from "./healthHandlers.js"
import { InformatieproductenLive } from "./informationHandlers.js"
import { itemGroupLive } from "./itemHandlers.js"
import { MijlpalenLive } from "./milestoneHandlers.js"
import { NotificationDeliveryLive } from "./NotificationDelivery.js"
import { BestPracticesLive } from "./practiceHandlers.js"
import { Subscriptions } from "./Subscriptions.js"
import { TrajectenLive } from "./trackHandlers.js"
import { SamenhangLive } from "./samenhangHandlers.js"
import { VergaderingenLive } from "./meetingHandlers.js"
import { ProgrammaLive } from "./programmeEndHandlers.js"
import { SchriftelijkeRondesLive } from "./writtenRoundHandlers.js"
import { documentTransportLimits, nodeServerOptions } from "./transportOptions.js"

/** How the API is served. @category server */
export interface WeerbaarServerOptions {
  /** The port; 0 picks a free one. Default 8080. */
  readonly port?: number
  /** The address to listen on. Default 127.0.0.1. */
  readonly host?: string
  /** The public base URL, for links in notifications. Default `http://<host>:<port>`. */
  readonly publicUrl?: string
  /** Host names that notification callbacks may go to. Default none: no subscriptions possible. */
  readonly allowedCallbackHosts?: ReadonlyArray<string>
  /** The contact in the OpenAPI document. */
  readonly contact?: { readonly name: string; readonly email: string; readonly url: string }
  /** Tuning of notification delivery. */
  readonly notifications?: {
    readonly pollInterval?: Duration.DurationInput
    readonly maxAttempts?: number
    readonly retryDelay?: Duration.DurationInput
  }
  /** Milliseconds for a request's headers to arrive before it is answered 408. Default 10 000. */
  readonly headersTimeout?: number
  /** Milliseconds for a whole request, body included, to arrive before it is answered 408. Default 30 000. */
  readonly requestTimeout?: number
  /** Milliseconds an idle kept-alive connection stays open. Default 5 000. */
  readonly keepAliveTimeout?: number
}

/** The programme's application services that the API calls (core's `ProgrammeServices`). @category server */
export type WeerbaarApplicationServices = Programme.ProgrammeServices

/** What the API needs from the programme: its services on a store. @category server */
export type WeerbaarApiRequirements =
  | WeerbaarApplicationServices
  | Store.ReadModelStore
  | Store.EventStore
  | AccessTokens
  | Subscriptions

/**
 * The programme's services for the API on a store (`EventStore` and `ReadModelStore`, from
 * `@weerbaar/adapters-sqlite` or the in-memory store) with random ids and the live clock. The store
 * must keep `programmeReadModels` (from `@weerbaar/core`): the API's lists query them, and a model
 * the store does not keep answers 503 naming it.
 * @category server
 */
export const WeerbaarServices: Layer.Layer<
  WeerbaarApplicationServices | AccessTokens | Subscriptions,
  never,
  Store.EventStore | Store.ReadModelStore
> = Layer.mergeAll(AccessTokens.layer, Subscriptions.layer).pipe(
  Layer.provideMerge(Programme.programmeServices),
  Layer.provide(Store.IdGenerator.random),
)

const openApiDocument = (options: WeerbaarServerOptions) =>
  HttpApiBuilder.Router.use((router) =>
    Effect.gen(function* () {
      const spec = OpenApi.fromApi(WeerbaarApi)
      const document = documentTransportLimits(
        { ...spec, info: { ...spec.info, contact: options.contact ?? defaultContact } },
        options,
      )
      yield* router.get("/v1/openapi.json", HttpServerResponse.json(document))
    }),
  )

/**
 * The API as routes and handlers, without a listening server: for `serveWeerbaar` and for
 * embedding in a service of your own.
 * @category server
 */
export const WeerbaarApiLive = (options: WeerbaarServerOptions = {}) => {
  const groups = Layer.mergeAll(
    BestuurLive,
    itemGroupLive("voorstellen", "beleidsvoorstel"),
    itemGroupLive("opdrachten", "opdracht"),
    itemGroupLive("programmaplannen", "programmaplan"),
    itemGroupLive("bijstellingen", "programmabijstelling"),
    itemGroupLive("voortgangsrapportages", "voortgangsrapportage"),
    itemGroupLive("overdrachtsvoorstellen", "overdracht"),
    BesluitenLive,
    VergaderingenLive,
    SchriftelijkeRondesLive,
    ProgrammaLive,
    BestPracticesLive,
    TrajectenLive,
    SamenhangLive,
    MijlpalenLive,
    OverdrachtenLive,
    InformatieproductenLive,
    RandvoorwaardenLive,
    gebeurtenissenLive(options.allowedCallbackHosts ?? []),
  )
  return Layer.mergeAll(
    HttpApiSwagger.layer({ path: "/v1/docs" }),
    openApiDocument(options),
    // Added first, so the innermost: it sees the request with the body the outer one read.
    ApiMiddlewareLive.pipe(Layer.provide(RequestIssuesLive)),
  ).pipe(Layer.provideMerge(HttpApiBuilder.api(WeerbaarApi)), Layer.provide(groups), Layer.provide(AuthenticationLive))
}

/**
 * Serves the API on Node's HTTP server and delivers notifications, for as long as the layer
 * lives. The `HttpServer` stays in the output, so its address can be read.
 *
 * @example
 * ```ts
 * const server = serveWeerbaar({ port: 8080 }).pipe(
 *   Layer.provide(WeerbaarServices),
 *   Layer.provide(SqliteStore.layer({ filename: "weerbaar.db", readModels: programmeReadModels })),
 * )
 * Layer.launch(server).pipe(NodeRuntime.runMain)
 * ```
 * @category server
 */
export const serveWeerbaar = (options: WeerbaarServerOptions = {}) => {
  const host = options.host ?? "127.0.0.1"
  const port = options.port ?? 8080
  const delivery = HttpServer.HttpServer.pipe(
    Effect.map((server) => {
      const address = server.address
      const publicUrl =
        options.publicUrl ??
        (address._tag === "TcpAddress" ? `http://${host}:${address.port}` : `http://${host}:${port}`)
      return NotificationDeliveryLive({
        allowedCallbackHosts: options.allowedCallbackHosts ?? [],
        publicUrl,
        ...(options.notifications?.pollInterval === undefined
          ? {}
          : { pollInterval: options.notifications.pollInterval }),
        ...(options.notifications?.maxAttempts === undefined ? {} : { maxAttempts: options.notifications.maxAttempts }),
        ...(options.notifications?.retryDelay === undefined ? {} : { retryDelay: options.notifications.retryDelay }),
      })
    }),
    Layer.unwrapEffect,
  )
  // Served through the listener an embedding service mounts: one pipeline, embedded or served.
  return Layer.unwrapEffect(
    Effect.sync(() => {
      const server = createServer(nodeServerOptions(options))
      answerClientErrors(server)
      const listening = Layer.scopedDiscard(
        Effect.gen(function* () {
          const listener = yield* weerbaarRequestListener(options)
          server.on("request", listener)
          yield* Effect.addFinalizer(() => Effect.sync(() => server.off("request", listener)))
        }),
      )
      return Layer.mergeAll(listening, delivery).pipe(
        Layer.provideMerge(NodeHttpServer.layer(() => server, { port, host })),
      )
    }),
  )
}

/**
 * The API as a Node request listener, to mount in a service of your own
 * (`server.on("request", listener)`, or for paths under `/v1` only).
 * @category server
 */
export const weerbaarRequestListener = (options: WeerbaarServerOptions = {}) =>
  Effect.gen(function* () {
    const app = yield* HttpApiBuilder.httpApp
    return yield* NodeHttpServer.makeHandler(app)
  }).pipe(
    // The limit Node's HttpServer of @effect/platform-node sets when it serves an app itself.
    HttpIncomingMessage.withMaxBodySize(Option.some(10 * 1024 * 1024)),
    Effect.provide(
      WeerbaarApiLive(options).pipe(
        Layer.provideMerge(HttpApiBuilder.Router.Live),
        Layer.provideMerge(HttpApiBuilder.Middleware.layer),
        Layer.provideMerge(HttpServer.layerContext),
      ),
    ),
  )
