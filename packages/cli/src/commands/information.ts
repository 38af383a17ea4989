import * as Args from "@effect/cli/Args"
import * as Command from "@effect/cli/Command"
import * as Options from "@effect/cli/Options"
import { handle } from "../cli/handle.js"
import { shared } from "./options.js"

const load = () => import("../actions/information.js")
const product = Args.text({ name: "product" }).pipe(Args.withDescription("the information product's id"))

/** `info list|show|deliver|link`. */
export const info = Command.make("info").pipe(
  Command.withDescription("information products: analyses and ondermijningsbeelden"),
  Command.withSubcommands([
    Command.make(
      "list",
      {},
      handle(load, (m, g) => m.listProducts(g)),
    ).pipe(Command.withDescription("the products (profiles, not content)")),
    Command.make(
      "show",
      { product },
      handle(load, (m, g, a) => m.showProduct(g, a)),
    ).pipe(Command.withDescription("read a product, under the access rules (a confidential read is recorded)")),
    Command.make(
      "deliver",
      {
        product,
        title: Options.text("title").pipe(Options.withDescription("the final title")),
        summary: Options.text("summary").pipe(Options.withDescription("the summary")),
        date: shared.date("the delivery date YYYY-MM-DD (default today)"),
      },
      handle(load, (m, g, a) => m.deliverProduct(g, a)),
    ).pipe(Command.withDescription("the producer delivers the product")),
    Command.make(
      "link",
      { product, practice: Options.text("practice").pipe(Options.withDescription("the Best Practice it motivated")) },
      handle(load, (m, g, a) => m.linkProduct(g, a)),
    ).pipe(Command.withDescription("record that the product motivated a Best Practice")),
  ]),
)
