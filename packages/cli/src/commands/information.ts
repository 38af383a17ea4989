import { argument, command, group, handle, text } from "../cli/spec.js"
import { shared } from "./options.js"

const load = () => import("../actions/information.js")
const loadContent = () => import("../actions/productContent.js")
const product = argument("product", "the information product's id")
const practice = (description: string) => text("practice", description, "practice")

/** `info list|show|register|revise|deliver|approve-summary|link|unlink`. */
export const info = group("info", "information products: analyses and ondermijningsbeelden", [
  command(
    "list",
    "the products (profiles, not content)",
    {},
    handle(load, (m, g) => m.listProducts(g)),
  ),
  command(
    "show",
    "read a product, under the access rules (a confidential read is recorded)",
    { product },
    handle(load, (m, g, a) => m.showProduct(g, a)),
  ),
  command(
    "register",
    "register a product its producer started making (--as a person of the producer)",
    {
      product,
      kind: text(
        "kind",
        "what it is: netwerkanalyse, strategisch-ondermijningsbeeld, tactisch-ondermijningsbeeld or lokaal-ondermijningsbeeld",
        "kind",
      ),
      producer: text("producer", "the organisation that makes it", "organisation"),
      scope: text(
        "scope",
        "what it covers, as `info list` shows it: district (district:rheden,kampen names its pilot sites), a municipality (rheden, or gemeente:rheden) or regio:NAME (regio:Oost-Nederland)",
        "scope",
      ),
      theme: text(
        "theme",
        "a theme it covers (repeat for more): hennep, omg, drugs, vrijplaatsen, milieu, mensenhandel, vastgoedfraude, witwassen, criminele-netwerken",
        "theme",
      ).repeated(),
      classification: text("classification", "who may read it: openbaar, intern or vertrouwelijk", "classification"),
      title: text("title", "the working title", "title"),
      summary: text("summary", "a summary (default empty)", "text").optional(),
      document: text("document", "where the full document is kept, in the producer's own system", "ref").optional(),
      date: shared.date("the date the making started YYYY-MM-DD (default today)"),
    },
    handle(load, (m, g, a) => m.registerProduct(g, a)),
  ),
  command(
    "deliver",
    "the producer delivers the product",
    {
      product,
      title: text("title", "the final title", "title"),
      summary: text("summary", "the summary", "text"),
      date: shared.date("the delivery date YYYY-MM-DD (default today)"),
    },
    handle(load, (m, g, a) => m.deliverProduct(g, a)),
  ),
  command(
    "revise",
    "the producer changes the working content of a product not delivered yet",
    {
      product,
      title: text("title", "the working title", "title"),
      summary: text("summary", "the summary", "text"),
      document: text("document", "where the full document is kept, in the producer's own system", "ref").optional(),
    },
    handle(loadContent, (m, g, a) => m.reviseProduct(g, a)),
  ),
  command(
    "approve-summary",
    "a person of the producer approves the shareable summary offered to VNON in place of the content (again: replaces it)",
    {
      product,
      text: text("text", "the shareable summary (deelbare samenvatting)", "text"),
      date: shared.date("the date of approval YYYY-MM-DD, on or after delivery (default today)"),
    },
    handle(loadContent, (m, g, a) => m.approveSummary(g, a)),
  ),
  command(
    "link",
    "record that the product motivated a Best Practice",
    { product, practice: practice("the Best Practice it motivated") },
    handle(load, (m, g, a) => m.linkProduct(g, a)),
  ),
  command(
    "unlink",
    "withdraw a link to a Best Practice, with the reason",
    {
      product,
      practice: practice("the Best Practice the link names"),
      reason: text("reason", "why the link is withdrawn", "text"),
    },
    handle(load, (m, g, a) => m.unlinkProduct(g, a)),
  ),
])
