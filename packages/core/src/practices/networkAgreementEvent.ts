import { Schema } from "effect"
import { Timestamp } from "../kernel/CalendarDate.js"
import { RecordedDecisionFields } from "../meetings/recordedDecision.js"
import { CalendarDate } from "../kernel/CalendarDate.js"
import { NetworkAgreement } from "./NetworkAgreement.js"
import { PracticeDescription, PracticeId } from "./Practice.js"

/**
 * The DVO took note of an agreement of the network: the measure is in the catalogue as
 * `vastgesteld_netwerk`, marked as the network's, and its municipalities execute it.
 * @category practices
 */
export class NetworkAgreementRegistered extends Schema.TaggedClass<NetworkAgreementRegistered>()(
  "NetworkAgreementRegistered",
  {
    practiceId: PracticeId,
    ...PracticeDescription.fields,
    agreement: NetworkAgreement,
    decisionId: Schema.String,
    meetingDate: CalendarDate,
    ...RecordedDecisionFields,
    rationale: Schema.String,
    registeredBy: Schema.String,
    at: Timestamp,
  },
) {}
