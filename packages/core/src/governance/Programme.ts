import { Schema } from "effect"
import { CalendarDate } from "../kernel/CalendarDate.js"
import { TotalCents } from "../kernel/Money.js"
import { OrganisationId } from "./Ids.js"

/**
 * The programme as the governance model defines it: its name, district, the municipalities it covers, the budget available for
 * accorded proposals (euro cents, at most `MaxTotalCents`) and its start date.
 * @category governance
 */
export class ProgrammeDefinition extends Schema.Class<ProgrammeDefinition>("Programme")({
  name: Schema.NonEmptyTrimmedString,
  district: Schema.NonEmptyTrimmedString,
  municipalities: Schema.Array(OrganisationId),
  availableBudget: TotalCents,
  startDate: CalendarDate,
}) {}
