import { Schema } from "effect"
import { RequiredText } from "../kernel/Text.js"
import { OrganisationId } from "../governance/Ids.js"

/**
 * A partner's part in a proposal without money: the organisation (the OM, the police, a
 * municipality) and the task it executes. It makes the organisation a partner of the accorded
 * measure, which confirms its part as a partner with a budget line does.
 * @category routes
 */
export class PartnerTask extends Schema.Class<PartnerTask>("PartnerTask")({
  organisation: OrganisationId,
  task: RequiredText,
}) {}
