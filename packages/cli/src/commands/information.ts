import * as Args from "@effect/cli/Args"
import * as Command from "@effect/cli/Command"
import * as Options from "@effect/cli/Options"
import { handle } from "../cli/handle.js"
import { shared } from "./options.js"

const load = () => import("../actions/information.js")
const product = Args.text({ name: "product" }).pipe(Args.withDescription("the information product's id"))
const practice = Options.text("practice")

/** `info list|show|register|deliver|link|unlink`. */
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
      "register",
      {
        product,
        kind: Options.text("kind").pipe(
          Options.withDescription(
            "what it is: netwerkanalyse, strategisch-ondermijningsbeeld, tactisch-ondermijningsbeeld or lokaal-ondermijningsbeeld",
          ),
        ),
        producer: Options.text("producer").pipe(Options.withDescription("the organisation that makes it")),
        scope: Options.text("scope").pipe(
          Options.withDescription(
            "what it covers, as `info list` shows it: district, a municipality (rheden, or gemeente:rheden) or regio:NAME (regio:Oost-Nederland)",
          ),
        ),
        theme: Options.text("theme").pipe(
          Options.withDescription(
            "a theme it covers (repeat for more): hennep, omg, drugs, vrijplaatsen, milieu, mensenhandel, vastgoedfraude, witwassen, criminele-netwerken",
          ),
          Options.repeated,
        ),
        classification: Options.text("classification").pipe(
          Options.withDescription("who may read it: openbaar, intern or vertrouwelijk"),
        ),
        title: Options.text("title").pipe(Options.withDescription("the working title")),
        summary: Options.text("summary").pipe(Options.withDescription("a summary (default empty)"), Options.optional),
        document: Options.text("document").pipe(
          Options.withDescription("where the full document is kept, in the producer's own system"),
          Options.optional,
        ),
        date: shared.date("the date the making started YYYY-MM-DD (default today)"),
      },
      handle(load, (m, g, a) => m.registerProduct(g, a)),
    ).pipe(Command.withDescription("register a product its producer started making (--as a person of the producer)")),
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
      { product, practice: practice.pipe(Options.withDescription("the Best Practice it motivated")) },
      handle(load, (m, g, a) => m.linkProduct(g, a)),
    ).pipe(Command.withDescription("record that the product motivated a Best Practice")),
    Command.make(
      "unlink",
      {
        product,
        practice: practice.pipe(Options.withDescription("the Best Practice the link names")),
        reason: Options.text("reason").pipe(Options.withDescription("why the link is withdrawn")),
      },
      handle(load, (m, g, a) => m.unlinkProduct(g, a)),
    ).pipe(Command.withDescription("withdraw a link to a Best Practice, with the reason")),
  ]),
)
