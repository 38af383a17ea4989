import { existsSync } from "node:fs"
import { Effect, Option } from "effect"
import { BadInput } from "../cli/errors.js"
import type { Global } from "../cli/global.js"
import type { Output } from "../cli/output.js"
import { networkStory } from "../demo/networkStory.js"
import { samenWeerbaarStory } from "../demo/samenWeerbaarStory.js"
import type { Narration } from "../demo/stage.js"
import { withProgress } from "../runtime/progress.js"
import { replayLayer } from "../runtime/services.js"

/** The network's store next to the programme's: `weerbaar.db` → `weerbaar.vnon.db`. */
export const networkStoreOf = (db: string): string =>
  db.endsWith(".db") ? `${db.slice(0, -3)}.vnon.db` : `${db}.vnon.db`

/** `demo`: plays the plan's story into a fresh store (and the network's), printing each step. */
export const demo = (global: Global, args: { networkDb: Option.Option<string> }) =>
  Effect.gen(function* () {
    const networkDb = Option.getOrElse(args.networkDb, () => networkStoreOf(global.db))
    for (const file of [global.db, networkDb]) {
      if (existsSync(file)) {
        return yield* new BadInput({
          problem: `'${file}' exists already; the demo plays into fresh stores`,
          next: "pass --db (and --network-db) with new file names, or move the existing files aside",
        })
      }
    }
    // People read the story on stdout; with --json it goes to stderr and stdout carries the summary.
    const say = global.json
      ? (line: string) => process.stderr.write(`${line}\n`)
      : (line: string) => process.stdout.write(`${line}\n`)
    const narration: Narration = { steps: [], refusals: [], say, lang: global.lang }
    const play = Effect.gen(function* () {
      const pkg = yield* Effect.provide(samenWeerbaarStory(narration), replayLayer(global.db, "2015-09-03T10:00:00Z"))
      const network = yield* Effect.provide(
        networkStory(narration, pkg),
        replayLayer(networkDb, "2018-02-01T10:00:00Z"),
      )
      return { pkg, network }
    })
    const { network } = yield* withProgress("demo", play)
    const json = {
      db: global.db,
      networkDb,
      steps: narration.steps,
      refusals: narration.refusals,
      network,
    }
    return {
      json,
      text: `\nThe story is in ${global.db} (Samen Weerbaar) and ${networkDb} (VNON). ${narration.refusals.length} forbidden shortcuts were refused.\nNext: weerbaar report --db ${global.db} --date 2018-06-01`,
    } satisfies Output
  })
