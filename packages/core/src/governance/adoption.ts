import { Either, Schema } from "effect"
import { Timestamp } from "../kernel/CalendarDate.js"
import { eventCodec } from "../kernel/EventCodec.js"
import { defineRule } from "../kernel/Refusal.js"
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

/** The rules of adopting a governance model. @category governance */
export const governanceRules = {
  mayNotAdopt: defineRule<{ person: string }>()({
    code: "governance.may-not-adopt",
    rule: {
      nl: "Een nieuw bestuursmodel wordt vastgesteld door wie namens het bestuurlijke of het besturingsorgaan handelt.",
      en: "A new governance model is adopted by a person acting for the bestuurlijk or besturing body.",
    },
    explain: (f) => ({
      nl: `${f.person} handelt niet namens het DVO of de Stuurgroep en kan het bestuursmodel niet wijzigen.`,
      en: `${f.person} does not act for the governing bodies and cannot change the governance model.`,
    }),
  }),
}

/** Decodes an adoption event, if it is one. @category governance */
export const adoptedModel = (event: Parameters<typeof governanceEventCodec.fromStored>[0]) =>
  Either.map(governanceEventCodec.fromStored(event), (e) => e.model)
