import { Effect } from "effect"
import { type Global, weerbaar } from "./global.js"
import { type Output, print } from "./output.js"

/**
 * A command's handler: reads the global options, loads the module that does the work only now
 * (so `--help` and parse errors never load the store, the services or the server), runs it and
 * prints its output.
 */
export const handle =
  <M, A>(load: () => Promise<M>, run: (module: M, global: Global, args: A) => Effect.Effect<Output, unknown>) =>
  (args: A) =>
    Effect.gen(function* () {
      const global = yield* weerbaar
      const module = yield* Effect.promise(load)
      const output = yield* run(module, global, args)
      print(output, global.json)
    })
