import type { InformationProduct } from "./InformationProduct.js"
import { scopeLabel } from "./InformationProduct.js"
import type { InsightsBundle, InsightsEntry } from "./InsightsBundle.js"

/**
 * The information method handed over with the insights: the lokaal ondermijningsbeeld, made
 * under coordination of the RIEC.
 * @category information
 */
export const lokaalOndermijningsbeeldMethod: InsightsBundle["method"] = {
  name: "lokaal ondermijningsbeeld",
  description:
    "Een gemeente brengt met het RIEC in beeld hoe ondermijning lokaal uitwerkt (OMG's, drugs, vrijplaatsen, milieu, mensenhandel, vastgoedfraude), vanuit ondermijnende criminaliteit én vanuit de weerbaarheid van overheid en maatschappij. Beproefd in Rheden; daarna uit te voeren in de andere gemeenten.",
  coordinator: "RIEC Oost-Nederland",
}

/**
 * One product as an entry of the bundle. The bundle travels with the handover package to the
 * network, whose people are no members of the programme's bodies, and is readable wherever the
 * package is: so only an `openbaar` product carries its title and summary; an `intern` or
 * `vertrouwelijk` one travels as a reference, with the shareable summary its producer approved
 * once it was delivered — never its title or content.
 * @category information
 */
export const insightsEntryOf = (product: InformationProduct): InsightsEntry => {
  const reference = {
    productId: product.productId,
    kind: product.kind,
    producer: product.producer,
    scope: scopeLabel(product.scope),
    themes: product.themes,
    classification: product.classification,
    ...(product.deliveredOn === undefined ? {} : { deliveredOn: product.deliveredOn }),
    motivates: product.motivates,
  }
  if (product.classification === "openbaar") {
    return { ...reference, title: product.content.title, summary: product.content.summary }
  }
  const shared = product.deliveredOn === undefined ? undefined : product.shareableSummary
  return shared === undefined
    ? reference
    : {
        ...reference,
        shareableSummary: { text: shared.text, approvedOn: shared.approvedOn, approvedBy: shared.approvedBy },
      }
}

/**
 * The insights bundle offered to VNON in the handover package: every product with the Best
 * Practices it motivated, in order of id; `intern` and `vertrouwelijk` ones as references (kind,
 * producer, scope, themes, date) with their approved shareable summary, never with title or content.
 *
 * @example
 * ```ts
 * const bundle = insightsBundle(products) // handover package input
 * ```
 * @category information
 */
export const insightsBundle = (
  products: ReadonlyArray<InformationProduct>,
  method: InsightsBundle["method"] = lokaalOndermijningsbeeldMethod,
): InsightsBundle => ({
  method,
  products: [...products].sort((a, b) => (a.productId < b.productId ? -1 : 1)).map(insightsEntryOf),
})
