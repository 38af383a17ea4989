import { Option } from "effect"
import { inAreaOn, isReferenceOn } from "../governance/area.js"
import type { GovernanceModel } from "../governance/GovernanceModel.js"
import { findOrganisation } from "../governance/queries.js"
import { type RuleViolation, violation } from "../kernel/Refusal.js"
import type { RegisterProduct } from "./commands.js"
import { scopeOutsideArea } from "./rules/scopeOutsideArea.js"

/**
 * `information.scope-outside-area` for a registration: each municipality the product is about (its
 * scope, or the pilot sites of a district's analysis) that is a municipality of the model but neither
 * in the programme's area nor a reference municipality on the product's start.
 * @category information
 */
export const scopeAreaViolations = (command: RegisterProduct, model: GovernanceModel): ReadonlyArray<RuleViolation> => {
  const municipalities =
    command.scope.kind === "gemeente"
      ? [command.scope.municipality]
      : command.scope.kind === "district"
        ? (command.scope.pilotSites ?? [])
        : []
  return municipalities
    .filter((m) => Option.exists(findOrganisation(model, m), (o) => o.kind === "gemeente"))
    .filter((m) => !inAreaOn(model, m, command.startedOn) && !isReferenceOn(model, m, command.startedOn))
    .map((municipality) =>
      violation(scopeOutsideArea, { product: command.productId, municipality, date: command.startedOn }),
    )
}
