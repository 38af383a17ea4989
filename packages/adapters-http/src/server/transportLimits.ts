/**
 * The limits every request to the API is held to, so that each one gets an answer and none ties
 * up the server. The OpenAPI document and `docs/integrating-over-http.md` state them.
 * @category server
 */
export const transportLimits = {
  /** The largest request body, in bytes (1 MiB): a larger one is 413 and is not read further. */
  maxBodyBytes: 1024 * 1024,
  /** The deepest nesting of arrays and objects in a JSON body: deeper is 400. */
  maxJsonDepth: 32,
  /** Default time, in milliseconds, for a request's headers to arrive: later is 408. */
  headersTimeout: 10_000,
  /** Default time, in milliseconds, for a whole request (headers and body) to arrive: later is 408. */
  requestTimeout: 30_000,
  /** Default time, in milliseconds, an idle kept-alive connection stays open. */
  keepAliveTimeout: 5_000,
} as const
