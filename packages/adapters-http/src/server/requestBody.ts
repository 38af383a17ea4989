import type { IncomingMessage } from "node:http"
import type { HttpServerRequest } from "@effect/platform"
import { RequestError } from "@effect/platform/HttpServerError"
import { Effect, Stream } from "effect"

/** A request body read whole, or found larger than the limit before it was read whole. @category server */
export type BodyRead = { readonly _tag: "Read"; readonly text: string } | { readonly _tag: "TooLarge" }

/**
 * Reads a request body as UTF-8 text, counting bytes as they stream in: past `maxBytes` it stops
 * reading (the stream is paused, not destroyed, so the connection can still carry the answer).
 * @category server
 */
export const readBody = (source: IncomingMessage, maxBytes: number): Effect.Effect<BodyRead, Error> =>
  Effect.async<BodyRead, Error>((resume) => {
    const chunks: Array<Buffer> = []
    let bytes = 0
    const stop = () => {
      source.off("data", onData)
      source.off("end", onEnd)
      source.off("error", onError)
      source.off("aborted", onAborted)
    }
    const onData = (chunk: Buffer) => {
      bytes += chunk.length
      if (bytes > maxBytes) {
        stop()
        source.pause()
        resume(Effect.succeed({ _tag: "TooLarge" }))
      } else chunks.push(chunk)
    }
    const onEnd = () => {
      stop()
      resume(Effect.succeed({ _tag: "Read", text: Buffer.concat(chunks).toString("utf8") }))
    }
    const onError = (error: Error) => {
      stop()
      resume(Effect.fail(error))
    }
    const onAborted = () => onError(new Error("the client aborted the request"))
    source.on("data", onData)
    source.once("end", onEnd)
    source.once("error", onError)
    source.once("aborted", onAborted)
    return Effect.sync(stop)
  })

/**
 * The request with its body already read: the framework's own readers would wait for a stream
 * that has ended, so `text`, `json`, `arrayBuffer` and `stream` answer from the text.
 * @category server
 */
export const withBody = (
  request: HttpServerRequest.HttpServerRequest,
  text: string,
): HttpServerRequest.HttpServerRequest => {
  const bytes = Buffer.from(text, "utf8")
  const body = Object.create(request) as HttpServerRequest.HttpServerRequest
  return Object.defineProperties(body, {
    text: { value: Effect.succeed(text) },
    json: {
      value: Effect.try({
        try: () => (text === "" ? null : (JSON.parse(text) as unknown)),
        catch: (cause) => new RequestError({ request: body, reason: "Decode", cause }),
      }),
    },
    arrayBuffer: {
      value: Effect.succeed(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)),
    },
    stream: { value: Stream.succeed(new Uint8Array(bytes)) },
    modify: {
      value: (options: Parameters<HttpServerRequest.HttpServerRequest["modify"]>[0]) =>
        withBody(request.modify(options), text),
    },
  })
}
