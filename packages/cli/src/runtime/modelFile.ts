import { readFile } from "node:fs/promises"
import { Governance } from "@weerbaar/core"
import { Effect, Either } from "effect"
import { BadInput } from "../cli/errors.js"

/** The governance model in the JSON file `path`, validated; a clear error for a file that cannot be read or is not a valid model. */
export const readModelFile = (path: string, option = "--model") =>
  Effect.gen(function* () {
    const text = yield* Effect.tryPromise({
      try: () => readFile(path, "utf8"),
      catch: () => new BadInput({ problem: `cannot read '${path}'`, next: `pass ${option} with a readable JSON file` }),
    })
    return yield* Either.match(Governance.parseGovernanceModel(text), { onLeft: Effect.fail, onRight: Effect.succeed })
  })
