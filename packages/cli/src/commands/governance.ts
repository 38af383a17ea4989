import { argument, command, handle, text } from "../cli/spec.js"
import { shared } from "./options.js"

const load = () => import("../actions/governance.js")

/** `governance`: the model as a tree. */
export const governance = command(
  "governance",
  "the governance model: levels, bodies and members as a tree",
  { date: shared.date("show the members on this date YYYY-MM-DD (default today)") },
  handle(load, (m, g, a) => m.governance(g, a)),
)

/** `allowed`: what `--as` may do now. */
export const allowed = command(
  "allowed",
  "what --as may do now on an item, with the reasons for the rest",
  { item: argument("item", "the item's id") },
  handle(load, (m, g, a) => m.allowed(g, a)),
)

/** `register`: the decision register. */
export const register = command(
  "register",
  "the decision register (besluitenregister)",
  {
    item: text("item", "only decisions on this item", "item").optional(),
    body: text("body", "only decisions of this body", "body").optional(),
  },
  handle(load, (m, g, a) => m.register(g, a)),
)
