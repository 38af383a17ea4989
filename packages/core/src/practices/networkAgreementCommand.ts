import { Schema } from "effect"
import { DecisionId, Meeting } from "../routes/commands.js"
import { NetworkAgreement } from "./NetworkAgreement.js"
import { PracticeDescription, PracticeId } from "./Practice.js"

/**
 * A person acting for the DVO records that it took note, in its meeting or by written round (the
 * record as for any decision), of an agreement of the network (an RVO agreement on a proposal of the
 * BBG): the measure enters the catalogue as `vastgesteld_netwerk`, and the district's
 * municipalities execute it with their tracks — "Parallel aan het uitvoeren van de Best Practices
 * voert Gelderland-Midden ook de afspraken uit die … gemaakt [worden] vanuit de voorstellen van de
 * expertgroep Ondermijning van het VNON". It is no Best Practice of the programme: it is not
 * proposed, accorded or handed over.
 * @category practices
 */
export class RegisterNetworkAgreement extends Schema.TaggedClass<RegisterNetworkAgreement>()(
  "RegisterNetworkAgreement",
  {
    practiceId: PracticeId,
    ...PracticeDescription.fields,
    agreement: NetworkAgreement,
    decisionId: DecisionId,
    ...Meeting.fields,
  },
) {}
