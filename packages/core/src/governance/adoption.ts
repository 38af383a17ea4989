import { Either, Schema } from "effect"
import { Timestamp } from "../kernel/CalendarDate.js"
import { eventCodec } from "../kernel/EventCodec.js"
import { GovernanceModel } from "./GovernanceModel.js"

/**
 * A governance model was adopted for the store: from then on, decisions follow it.
 * @category governance
 */
export class GovernanceModelAdopted extends Schema.TaggedClass<GovernanceModelAdopted>()("GovernanceModelAdopted", {
  model: GovernanceModel,
  adoptedBy: Schema.String,
  at: Timestamp,
}) {}

/** Stores and reads adoptions of a governance model. @category governance */
export const governanceEventCodec = eventCodec(GovernanceModelAdopted, ["GovernanceModelAdopted"])

/** The stream that holds the adopted governance models, the latest in force. @category governance */
export const governanceStreamId = "governance"

/** Decodes an adoption event, if it is one. @category governance */
export const adoptedModel = (event: Parameters<typeof governanceEventCodec.fromStored>[0]) =>
  Either.map(governanceEventCodec.fromStored(event), (e) => e.model)
