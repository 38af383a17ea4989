import * as Args from "@effect/cli/Args"
import * as Command from "@effect/cli/Command"
import * as Options from "@effect/cli/Options"
import { handle } from "../cli/handle.js"
import { shared } from "./options.js"

const load = () => import("../actions/handover.js")
const item = Args.text({ name: "item" }).pipe(Args.withDescription("the overdracht item"))

/** `handover create|export|import`. */
export const handover = Command.make("handover").pipe(
  Command.withDescription("the handover of Best Practices to the network"),
  Command.withSubcommands([
    Command.make(
      "create",
      { item, out: shared.out },
      handle(load, (m, g, a) => m.create(g, a)),
    ).pipe(Command.withDescription("make the package of a decided overdracht")),
    Command.make(
      "export",
      { item, out: Options.text("out").pipe(Options.withDescription("the new JSON file")) },
      handle(load, (m, g, a) => m.exportPackage(g, a)),
    ).pipe(Command.withDescription("write the package as a JSON file")),
    Command.make(
      "import",
      { file: Args.text({ name: "file" }).pipe(Args.withDescription("the package JSON file")) },
      handle(load, (m, g, a) => m.importPackage(g, a)),
    ).pipe(Command.withDescription("verify a package and import it into the network's store")),
  ]),
)
