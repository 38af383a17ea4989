import { argument, choice, command, group, handle, text } from "../cli/spec.js"
import { itemSubcommands } from "./items.js"
import { shared } from "./options.js"

const load = () => import("../actions/handover.js")
const item = argument("item", "the overdracht item")
const loadExperts = () => import("../actions/handoverExperts.js")

/**
 * `handover create|export|import|experts|join`, and the overdracht (the Stuurgroep's handover decision) on its
 * route: `handover draft|edit|submit|decide|revoke|withdraw|show|list|history`.
 */
export const handover = group("handover", "the handover of Best Practices to the network (overdracht)", [
  command(
    "create",
    "make the package of a decided overdracht",
    { item, out: shared.out },
    handle(load, (m, g, a) => m.create(g, a)),
  ),
  command(
    "export",
    "write the package as a JSON file",
    { item, out: text("out", "the new JSON file", "file") },
    handle(load, (m, g, a) => m.exportPackage(g, a)),
  ),
  command(
    "import",
    "verify a package and import it into the network's store",
    { file: argument("file", "the package JSON file") },
    handle(load, (m, g, a) => m.importPackage(g, a)),
  ),
  command(
    "experts",
    "the members of the programme's expert groups a package carries, with their periods",
    { file: argument("file", "the package JSON file") },
    handle(loadExperts, (m, g, a) => m.experts(g, a)),
  ),
  command(
    "join",
    "add a member of the programme's expert groups to the network's expert group with their history (--as a person acting for it)",
    {
      file: argument("file", "the package JSON file"),
      person: text("person", "the expert, as the package names them", "person"),
      body: text("body", "the network's expert group", "body"),
      role: choice(
        "role",
        ["lid", "trekker", "voorzitter", "secretaris", "ondersteuning-beleid", "ondersteuning-communicatie"],
        "their role in it",
      ).withDefault("lid"),
      from: text("from", "the first day of the membership YYYY-MM-DD", "date"),
    },
    handle(loadExperts, (m, g, a) => m.join(g, a)),
  ),
  ...itemSubcommands("overdracht", "handover decision"),
])
