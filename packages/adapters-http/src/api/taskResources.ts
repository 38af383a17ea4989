import { Schema } from "effect"
import { List, OrganisationId, Tekst } from "./requestFields.js"

/**
 * A partner's task without money in a proposal (`taken`): the organisation (the OM, the police, a
 * municipality) and what it does; it makes the organisation a partner that confirms its part.
 * @category resources
 */
export const Taak = Schema.Struct({
  organisatie: OrganisationId,
  taak: Tekst,
}).annotations({ identifier: "Taak" })

/** The tasks of partners without money in a request: at most the length of a list. @category resources */
export const Taken = List(Taak)

/** What a budget line's `financiering` may be: who pays it. @category resources */
export const Financiering = Schema.Literal("programmabudget", "eigen-bijdrage", "uren-in-natura").annotations({
  identifier: "Financiering",
  description:
    "Who pays the line: the programme budget (committed on the programme's ledger), the partner's own contribution, or hours in kind",
})
