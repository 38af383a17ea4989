import { argument, choice, command, handle, text } from "../cli/spec.js"

const load = () => import("../actions/store.js")

/** `init`: a new store from a preset or a governance model JSON file. */
export const init = command(
  "init",
  "make a new store (--db) that adopts a preset or a governance model",
  {
    preset: choice("preset", ["samen-weerbaar", "vnon"], "a preset model (default samen-weerbaar)").optional(),
    model: text("model", "a governance model JSON file", "file").optional(),
  },
  handle(load, (m, g, a) => m.init(g, a)),
)

/** `verify`: the hash chain. */
export const verify = command(
  "verify",
  "check the hash chain and integrity of the whole store",
  {},
  handle(load, (m, g) => m.verify(g)),
)

/** `export`: the log as JSON Lines. */
export const exportLog = command(
  "export",
  "write the whole event log as JSON Lines",
  { file: argument("file", "the new JSON Lines file") },
  handle(load, (m, g, a) => m.exportLog(g, a)),
)

/** `import`: a JSON Lines log into a new store. */
export const importLog = command(
  "import",
  "import a JSON Lines event log into a new store (--db), checked against its hash chain",
  { file: argument("file", "the JSON Lines file `export` wrote") },
  handle(load, (m, g, a) => m.importLog(g, a)),
)

/** `backup`: an online copy. */
export const backup = command(
  "backup",
  "copy the store, while in use, to a new file",
  { file: argument("file", "the new backup file") },
  handle(load, (m, g, a) => m.backup(g, a)),
)

/** `rebuild`: the read models again from the log. */
export const rebuild = command(
  "rebuild",
  "rebuild every read model from the event log",
  {},
  handle(load, (m, g) => m.rebuild(g)),
)
