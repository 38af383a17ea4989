import { argument, command, group, handle, text } from "../cli/spec.js"
import { itemSubcommands } from "./items.js"
import { shared } from "./options.js"

const load = () => import("../actions/handover.js")
const item = argument("item", "the overdracht item")

/**
 * `handover create|export|import`, and the overdracht (the Stuurgroep's handover decision) on its
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
  ...itemSubcommands("overdracht", "handover decision"),
])
