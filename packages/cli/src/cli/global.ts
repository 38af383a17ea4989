import type { Option } from "effect"
import { choice, flag, text } from "./spec.js"

/** The options every command takes, anywhere on the line. */
export const globalOptions = {
  db: text("db", "the SQLite store of the programme", "file").withDefault("./weerbaar.db"),
  as: text("as", "the person who acts (a person id of the governance model)", "person").optional(),
  json: flag("json", "machine output: one JSON document on stdout"),
  lang: choice("lang", ["nl", "en"], "language of explanations and refusals").withDefault("nl"),
  signingKey: text(
    "signing-key",
    "the operator's Ed25519 private key: the store signs its head with it (or WEERBAAR_SIGNING_KEY_FILE)",
    "file",
  ).optional(),
  checkpointEvery: text(
    "checkpoint-every",
    "with --signing-key, sign the head at least every N events, besides after each decision (default 1000; or WEERBAAR_CHECKPOINT_EVERY)",
    "n",
  ).optional(),
}

/** The global options as a command's handler receives them. */
export interface Global {
  readonly db: string
  readonly as: Option.Option<string>
  readonly json: boolean
  readonly lang: "nl" | "en"
  readonly signingKey: Option.Option<string>
  readonly checkpointEvery: Option.Option<string>
}
