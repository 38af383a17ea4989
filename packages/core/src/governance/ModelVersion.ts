import { Schema } from "effect"
import type { CalendarDate } from "../kernel/CalendarDate.js"
import type { GovernanceModel } from "./GovernanceModel.js"

/**
 * What a version of the governance model rests on: the store's founding (`oprichting`, a concept
 * until the DVO decides on the programme plan), an accorded decision of the bestuurlijk body on a
 * `programmaplan` or `programmabijstelling` item (`besluit`), or a change of memberships only by a
 * person acting for each body concerned (`lidmaatschappen`).
 * @category governance
 */
export const AdoptionBasis = Schema.Union(
  Schema.TaggedStruct("oprichting", {}),
  Schema.TaggedStruct("besluit", {
    itemId: Schema.String,
    decisionId: Schema.String,
    body: Schema.String,
    meetingDate: Schema.String,
  }),
  Schema.TaggedStruct("lidmaatschappen", {}),
).annotations({ identifier: "AdoptionBasis" })
/** @category governance */
export type AdoptionBasis = typeof AdoptionBasis.Type

/**
 * One version of the rule book as the store holds it: the model, the date it applies from, what it
 * rests on, and whether it is in force or still the concept of the founding.
 * @category governance
 */
export interface ModelVersion {
  /** Its place in the governance stream (1 for the founding). */
  readonly version: number
  readonly model: GovernanceModel
  readonly validFrom: CalendarDate
  /** Absent for an adoption stored before versions had a basis: it was in force from its adoption. */
  readonly basis?: AdoptionBasis
  /** False while the programme plan is not decided: only its route runs. */
  readonly decided: boolean
  readonly adoptedBy: string
  readonly at: string
}

/**
 * The version that judges an act dated `date`: of the versions valid from that date or earlier,
 * the last adopted; before the first version's date, the last adopted of those valid from it.
 * `versions` are in the order adopted, their dates never decreasing.
 * @category governance
 */
export const versionOn = (versions: ReadonlyArray<ModelVersion>, date: CalendarDate): ModelVersion | undefined => {
  let found: ModelVersion | undefined
  for (const v of versions) {
    if (v.validFrom <= date) found = v
    else break
  }
  if (found !== undefined) return found
  const first = versions[0]
  return first === undefined ? undefined : versions.filter((v) => v.validFrom === first.validFrom).at(-1)
}
