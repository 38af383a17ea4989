import { FetchHttpClient, HttpApiClient, HttpClient, HttpClientRequest } from "@effect/platform"
import type { Effect, Layer } from "effect"
import { WeerbaarApi } from "../api/WeerbaarApi.js"

/**
 * A typed client of the weerbaar API for partner IT: every endpoint as a method, requests and
 * responses checked against the same contract the server implements, problems as typed errors.
 *
 * @example
 * ```ts
 * const program = Effect.gen(function* () {
 *   const client = yield* makeWeerbaarClient({ baseUrl: "https://weerbaar.example.nl", token })
 *   const voorstel = yield* client.voorstellen.get({ path: { id: "bv-0001" } })
 * }).pipe(Effect.provide(FetchHttpClient.layer))
 * ```
 * @category client
 */
export const makeWeerbaarClient = (options: { readonly baseUrl: string; readonly token: string }) =>
  HttpApiClient.make(WeerbaarApi, {
    baseUrl: options.baseUrl,
    transformClient: HttpClient.mapRequest(HttpClientRequest.bearerToken(options.token)),
  })

/** The client's type. @category client */
export type WeerbaarClient = Effect.Effect.Success<ReturnType<typeof makeWeerbaarClient>>

/** The fetch-based HTTP client the typed client runs on. @category client */
export const WeerbaarClientHttp: Layer.Layer<HttpClient.HttpClient> = FetchHttpClient.layer
