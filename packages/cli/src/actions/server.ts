import { serveWeerbaar, WeerbaarServices } from "@weerbaar/adapters-http"
import { HttpServer } from "@effect/platform"
import { Context, Effect, Layer, Option } from "effect"
import { BadInput } from "../cli/errors.js"
import type { Global } from "../cli/global.js"
import type { Output } from "../cli/output.js"
import { requireStoreFile, storeLayer } from "../runtime/services.js"

const errorCode = (error: object): unknown => {
  const cause = "cause" in error ? error.cause : undefined
  return typeof cause === "object" && cause !== null && "code" in cause ? cause.code : undefined
}

/** Why the server could not listen, told as bad input naming the address; other failures as they are. */
const listenFailure = <E extends object>(error: E, host: string, port: number): E | BadInput => {
  switch (errorCode(error)) {
    case "EADDRINUSE":
      return new BadInput({
        problem: `cannot serve on port ${port}: another program is listening on ${host}:${port} (the port is in use)`,
        next: "stop the program that uses it, or pass another --port",
      })
    case "EACCES":
      return new BadInput({
        problem: `cannot serve on port ${port}: this user may not listen on ${host}:${port} (ports below 1024 need privileges)`,
        next: "pass --port 1024 or higher",
      })
    case "EADDRNOTAVAIL":
      return new BadInput({
        problem: `cannot serve on ${host}:${port}: --host '${host}' is not an address of this machine`,
        next: "pass --host with one of this machine's addresses, e.g. 127.0.0.1",
      })
    default:
      return error
  }
}

/** `serve`: the REST API of adapters-http on this store, until interrupted. */
export const serve = (
  global: Global,
  args: {
    port: number
    host: string
    callbackHosts: ReadonlyArray<string>
    publicUrl: Option.Option<string>
  },
) =>
  Effect.gen(function* () {
    if (args.port < 0 || args.port > 65535) {
      return yield* new BadInput({
        problem: `--port ${args.port} is not a port`,
        next: "pass --port with a number from 1 to 65535 (0 lets the system choose)",
      })
    }
    yield* requireStoreFile(global.db)
    const server = serveWeerbaar({
      port: args.port,
      host: args.host,
      allowedCallbackHosts: args.callbackHosts,
      ...Option.match(args.publicUrl, { onNone: () => ({}), onSome: (publicUrl) => ({ publicUrl }) }),
    }).pipe(
      Layer.provide(WeerbaarServices),
      Layer.provide(storeLayer(global.db)),
      Layer.tap((context) =>
        Effect.sync(() => {
          // With --port 0 the system chose the port: name the one it chose.
          const address = Context.get(context, HttpServer.HttpServer).address
          const port = address._tag === "TcpAddress" ? address.port : args.port
          process.stderr.write(
            `serving ${global.db} on http://${args.host}:${port}/v1 (docs at /v1/docs); Ctrl-C stops\n`,
          )
        }),
      ),
    )
    yield* Layer.launch(server).pipe(Effect.mapError((error) => listenFailure(error, args.host, args.port)))
    return { json: {}, text: "" } satisfies Output
  })
