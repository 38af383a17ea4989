import { Schema } from "effect"
import { OrganisationId } from "../governance/Ids.js"

/**
 * What makes a beleidsvoorstel a pilot proposal: the municipalities that host the pilot of its
 * (candidate) Best Practices. Its accord by the DVO lets the expert group start the pilot there
 * ("al dan niet experimenteel / als pilot uitgevoerd"); the practice stays a candidate until a
 * roll-out proposal is accorded.
 * @category routes
 */
export const PilotScope = Schema.Struct({
  municipalities: Schema.NonEmptyArray(OrganisationId),
}).annotations({ identifier: "PilotScope" })
/** @category routes */
export type PilotScope = typeof PilotScope.Type
