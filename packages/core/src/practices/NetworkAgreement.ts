import { Schema } from "effect"
import { CalendarDate } from "../kernel/CalendarDate.js"
import { RequiredText, Title } from "../kernel/Text.js"
import type { DecisionReference } from "./Practice.js"

/**
 * An agreement of the network the district executes: what was agreed (the hennepconvenant and its
 * uitvoeringsregeling), by which body (the RVO), on whose proposal (the BBG), on which date, and
 * where it is written down.
 * @category practices
 */
export const NetworkAgreement = Schema.Struct({
  name: Title,
  agreedBy: Title,
  proposedBy: Schema.optional(Title),
  agreedOn: CalendarDate,
  reference: Schema.optional(RequiredText),
}).annotations({ identifier: "NetworkAgreement" })
/** @category practices */
export type NetworkAgreement = typeof NetworkAgreement.Type

/**
 * A measure of the network track: the agreement, and the decision of the district's bestuurlijk
 * body (the DVO) that took note of it. Its municipalities execute it with tracks as an accorded
 * measure, without an accord of the programme.
 * @category practices
 */
export interface NetworkMeasure {
  readonly agreement: NetworkAgreement
  readonly noted: DecisionReference
}
