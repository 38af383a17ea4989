import { argument, command, group, handle, text } from "../cli/spec.js"
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

const loadModel = () => import("../actions/modelVersions.js")

/** `model`: the versions of the rule book, adopting one, and what one would change. */
export const model = group("model", "the versions of the rule book (governance model)", [
  command(
    "versions",
    "every version of the rule book: from when it applies and what it rests on",
    {},
    handle(loadModel, (m, g) => m.versions(g)),
  ),
  command(
    "fingerprint",
    "the SHA-256 fingerprint of a governance model file, as a programme plan or adjustment names it",
    { file: argument("file", "a governance model JSON file") },
    handle(loadModel, (m, g, a) => m.fingerprint(g, a)),
  ),
  command(
    "adopt",
    "adopt a version: a change of structure cites the DVO's decision on a programme plan or adjustment; memberships only need a person acting for each body",
    {
      file: argument("file", "a governance model JSON file"),
      item: text("item", "the programme plan or adjustment the DVO decided on", "item").optional(),
      decision: text("decision", "the DVO's decision on it", "id").optional(),
      validFrom: text(
        "valid-from",
        "the first day the version applies (default the decision's meeting date)",
        "date",
      ).optional(),
    },
    handle(loadModel, (m, g, a) => m.adopt(g, a)),
  ),
  command(
    "what-if",
    "replay the history under a proposed version and list every act whose outcome would differ",
    {
      file: argument("file", "the proposed governance model JSON file"),
      from: text("from", "only acts dated from this day YYYY-MM-DD", "date").optional(),
    },
    handle(loadModel, (m, g, a) => m.whatIf(g, a)),
  ),
])
