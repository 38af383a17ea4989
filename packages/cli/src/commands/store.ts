import { argument, choice, command, flag, handle, text } from "../cli/spec.js"

const load = () => import("../actions/store.js")
const loadVerify = () => import("../actions/verify.js")
const loadCheckpoint = () => import("../actions/checkpoint.js")

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

/** `verify`: everything the store can check of itself. */
export const verify = command(
  "verify",
  "check the hash chain, SQLite's integrity check, the read models against a rebuild in memory, " +
    "read-model checkpoints beyond the log's end, and (with --public-key) every signed checkpoint; " +
    "it cannot tell a re-chained log whose checkpoints were all removed from an honest one: keep " +
    "the heads `weerbaar checkpoint` prints outside the store and pass them to --expect",
  {
    publicKey: text(
      "public-key",
      "an operator's Ed25519 public key: every signed checkpoint must verify with one (repeat for older keys)",
      "file",
    ).repeated(),
    expect: text(
      "expect",
      "a head recorded elsewhere that the log must hold (repeat for more)",
      "position:hash",
    ).repeated(),
  },
  handle(loadVerify, (m, g, a) => m.verify(g, a)),
)

/** `checkpoint`: the signed head, for minutes or a besluitenlijst. */
export const checkpoint = command(
  "checkpoint",
  "print the current signed head (position, hash, signature) for the minutes or a besluitenlijst; " +
    "with --signing-key the head is signed now if it is not yet",
  {},
  handle(loadCheckpoint, (m, g) => m.checkpoint(g)),
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
  "rebuild every read model from the event log; refuses on a broken hash chain unless --force",
  { force: flag("force", "rebuild even when the hash chain is broken (the read models then show the altered log)") },
  handle(load, (m, g, a) => m.rebuild(g, a)),
)
