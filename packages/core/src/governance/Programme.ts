import { Schema } from "effect"
import { CalendarDate } from "../kernel/CalendarDate.js"
import { TotalCents } from "../kernel/Money.js"
import { OrganisationId } from "./Ids.js"

/**
 * A municipality of the programme's area with the dates it belongs to it: `from` and `to`
 * (inclusive; open when absent), and `mergedInto`, the municipality that continues it after
 * `to` (Rijnwaarden merged into Zevenaar on 2018-01-01).
 * @category governance
 */
export class ProgrammeMunicipality extends Schema.Class<ProgrammeMunicipality>("ProgrammeMunicipality")({
  id: OrganisationId,
  from: Schema.optional(CalendarDate),
  to: Schema.optional(CalendarDate),
  mergedInto: Schema.optional(OrganisationId),
}) {}

const MunicipalityObject = Schema.Struct(ProgrammeMunicipality.fields)

/**
 * A programme municipality in JSON: a plain organisation id (as models stored before validity
 * dates wrote it, and as one without dates still encodes) or `{ id, from?, to?, mergedInto? }`.
 * @category governance
 */
export const ProgrammeMunicipalityEntry = Schema.transform(
  Schema.Union(OrganisationId, MunicipalityObject),
  Schema.typeSchema(ProgrammeMunicipality),
  {
    strict: true,
    decode: (entry) => ProgrammeMunicipality.make(typeof entry === "string" ? { id: entry } : entry),
    encode: (m) =>
      m.from === undefined && m.to === undefined && m.mergedInto === undefined
        ? m.id
        : {
            id: m.id,
            ...(m.from === undefined ? {} : { from: m.from }),
            ...(m.to === undefined ? {} : { to: m.to }),
            ...(m.mergedInto === undefined ? {} : { mergedInto: m.mergedInto }),
          },
  },
).annotations({ identifier: "ProgrammeMunicipalityEntry" })

/**
 * A municipality outside the programme's area that takes part as a reference: it may host a
 * pilot and be the scope of an information product (Kampen and Enschede for the DRIO network
 * analysis), and is shown apart from the district's matrix.
 * @category governance
 */
export class ReferenceMunicipality extends Schema.Class<ReferenceMunicipality>("ReferenceMunicipality")({
  id: OrganisationId,
  from: Schema.optional(CalendarDate),
  to: Schema.optional(CalendarDate),
  reason: Schema.optional(Schema.NonEmptyTrimmedString),
}) {}

/**
 * The programme as the governance model defines it: its name, district, the municipalities of its
 * area (each with its validity dates), the reference municipalities outside it, the budget
 * available for accorded proposals (euro cents, at most `MaxTotalCents`) and its start date.
 * @category governance
 */
export class ProgrammeDefinition extends Schema.Class<ProgrammeDefinition>("Programme")({
  name: Schema.NonEmptyTrimmedString,
  district: Schema.NonEmptyTrimmedString,
  municipalities: Schema.Array(ProgrammeMunicipalityEntry),
  // Absent rather than defaulted: a model without reference municipalities encodes as before.
  referenceMunicipalities: Schema.optional(Schema.Array(ReferenceMunicipality)),
  availableBudget: TotalCents,
  startDate: CalendarDate,
}) {}
