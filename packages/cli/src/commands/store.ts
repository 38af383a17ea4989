import * as Args from "@effect/cli/Args"
import * as Command from "@effect/cli/Command"
import * as Options from "@effect/cli/Options"
import { handle } from "../cli/handle.js"

const load = () => import("../actions/store.js")
const file = (description: string) => Args.text({ name: "file" }).pipe(Args.withDescription(description))

/** `init`: a new store from a preset or a governance model JSON file. */
export const init = Command.make(
  "init",
  {
    preset: Options.choice("preset", ["samen-weerbaar", "vnon"]).pipe(
      Options.withDescription("a preset model (default samen-weerbaar)"),
      Options.optional,
    ),
    model: Options.text("model").pipe(Options.withDescription("a governance model JSON file"), Options.optional),
  },
  handle(load, (m, g, a) => m.init(g, a)),
).pipe(Command.withDescription("make a new store (--db) that adopts a preset or a governance model"))

/** `verify`: the hash chain. */
export const verify = Command.make(
  "verify",
  {},
  handle(load, (m, g) => m.verify(g)),
).pipe(Command.withDescription("check the hash chain and integrity of the whole store"))

/** `export`: the log as JSON Lines. */
export const exportLog = Command.make(
  "export",
  { file: file("the new JSON Lines file") },
  handle(load, (m, g, a) => m.exportLog(g, a)),
).pipe(Command.withDescription("write the whole event log as JSON Lines"))

/** `import`: a JSON Lines log into a new store. */
export const importLog = Command.make(
  "import",
  { file: file("the JSON Lines file `export` wrote") },
  handle(load, (m, g, a) => m.importLog(g, a)),
).pipe(Command.withDescription("import a JSON Lines event log into a new store (--db), checked against its hash chain"))

/** `backup`: an online copy. */
export const backup = Command.make(
  "backup",
  { file: file("the new backup file") },
  handle(load, (m, g, a) => m.backup(g, a)),
).pipe(Command.withDescription("copy the store, while in use, to a new file"))

/** `rebuild`: the read models again from the log. */
export const rebuild = Command.make(
  "rebuild",
  {},
  handle(load, (m, g) => m.rebuild(g)),
).pipe(Command.withDescription("rebuild every read model from the event log"))
