import { Kernel, Practice } from "@weerbaar/core"
import { Schema } from "effect"
import { commandSignalen, Datum } from "./resources.js"
import { BodyId, MilestoneId, requestBody, Tekst, Titel } from "./requestFields.js"

/** A new milestone: the result of a phase that a body delivers by a date. @category mijlpalen */
export const NieuweMijlpaal = Schema.Struct({
  id: Schema.optionalWith(MilestoneId, { exact: true }),
  titel: Titel,
  fase: Practice.ProgrammePhase,
  eigenaar: BodyId.annotations({ description: "The body that delivers it" }),
  deadline: Datum,
}).annotations(requestBody("NieuweMijlpaal"))

/** A new due date, with the reason. @category mijlpalen */
export const NieuweVerschuiving = Schema.Struct({ deadline: Datum, reden: Tekst }).annotations(
  requestBody("NieuweVerschuiving"),
)

/** The delivery of a milestone's result. @category mijlpalen */
export const NieuweOplevering = Schema.Struct({
  datum: Datum,
  toelichting: Schema.optionalWith(Tekst, { exact: true }),
}).annotations(requestBody("NieuweOplevering"))

/** A milestone. @category mijlpalen */
export class Mijlpaal extends Schema.Class<Mijlpaal>("Mijlpaal")({
  id: Schema.String,
  titel: Schema.String,
  fase: Practice.ProgrammePhase,
  eigenaar: Schema.String,
  deadline: Kernel.CalendarDate,
  opgeleverdOp: Schema.optional(Kernel.CalendarDate),
  signalen: commandSignalen,
}) {}

/** A milestone's line in a list. @category mijlpalen */
export class MijlpaalSamenvatting extends Schema.Class<MijlpaalSamenvatting>("MijlpaalSamenvatting")({
  ...Mijlpaal.fields,
  gewijzigdOp: Kernel.Timestamp,
}) {}

const agendaRegel = {
  id: Schema.String,
  titel: Schema.String,
  eigenaar: Schema.String,
  deadline: Kernel.CalendarDate,
}

/** The milestones that are late and those due within the horizon, as of a date. @category mijlpalen */
export class Mijlpaalagenda extends Schema.Class<Mijlpaalagenda>("Mijlpaalagenda")({
  peildatum: Kernel.CalendarDate,
  horizon: Schema.Int.annotations({ description: "Days ahead" }),
  telaat: Schema.Array(Schema.Struct({ ...agendaRegel, dagenTeLaat: Schema.Int })),
  binnenkort: Schema.Array(Schema.Struct({ ...agendaRegel, dagenResterend: Schema.Int })),
}) {}
