import * as Args from "@effect/cli/Args"
import * as Command from "@effect/cli/Command"
import * as Options from "@effect/cli/Options"
import { handle } from "../cli/handle.js"
import { shared } from "./options.js"

const load = () => import("../actions/governance.js")

/** `governance`: the model as a tree. */
export const governance = Command.make(
  "governance",
  { date: shared.date("show the members on this date YYYY-MM-DD (default today)") },
  handle(load, (m, g, a) => m.governance(g, a)),
).pipe(Command.withDescription("the governance model: levels, bodies and members as a tree"))

/** `allowed`: what `--as` may do now. */
export const allowed = Command.make(
  "allowed",
  { item: Args.text({ name: "item" }).pipe(Args.withDescription("the item's id")) },
  handle(load, (m, g, a) => m.allowed(g, a)),
).pipe(Command.withDescription("what --as may do now on an item, with the reasons for the rest"))

/** `register`: the decision register. */
export const register = Command.make(
  "register",
  {
    item: Options.text("item").pipe(Options.withDescription("only decisions on this item"), Options.optional),
    body: Options.text("body").pipe(Options.withDescription("only decisions of this body"), Options.optional),
  },
  handle(load, (m, g, a) => m.register(g, a)),
).pipe(Command.withDescription("the decision register (besluitenregister)"))
