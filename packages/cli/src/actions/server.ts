import { AccessTokens, serveWeerbaar, WeerbaarServices } from "@weerbaar/adapters-http"
import { Effect, Layer, Option } from "effect"
import type { Global } from "../cli/global.js"
import type { Output } from "../cli/output.js"
import { actorOf } from "../runtime/input.js"
import { requireStoreFile, storeLayer } from "../runtime/services.js"

/** `token create`: a bearer token for a person, shown once; the store keeps only its hash. */
export const createToken = (global: Global, args: { person: string; label: string }) =>
  Effect.gen(function* () {
    yield* requireStoreFile(global.db)
    const issuedBy = yield* actorOf(global)
    const issued = yield* Effect.flatMap(AccessTokens, (tokens) =>
      tokens.issue(args.person, args.label, issuedBy),
    ).pipe(Effect.provide(WeerbaarServices.pipe(Layer.provideMerge(storeLayer(global.db)))))
    return {
      json: issued,
      text: `token ${issued.tokenId} for ${issued.person} (shown once, keep it safe):\n${issued.token}`,
    } satisfies Output
  })

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
    yield* requireStoreFile(global.db)
    process.stderr.write(
      `serving ${global.db} on http://${args.host}:${args.port}/v1 (docs at /v1/docs); Ctrl-C stops\n`,
    )
    yield* Layer.launch(
      serveWeerbaar({
        port: args.port,
        host: args.host,
        allowedCallbackHosts: args.callbackHosts,
        ...Option.match(args.publicUrl, { onNone: () => ({}), onSome: (publicUrl) => ({ publicUrl }) }),
      }).pipe(Layer.provide(WeerbaarServices), Layer.provide(storeLayer(global.db))),
    )
    return { json: {}, text: "" } satisfies Output
  })
