import { Schema } from "effect"
import { CalendarDate } from "../kernel/CalendarDate.js"
import { BodyId, PersonId } from "./Ids.js"

/**
 * A liaison (afstemming) between bodies of two networks: members of `body` who coordinate on
 * bestuurlijk level with the chair (`counterpart`) of `counterpartBody` — in the plan, two members
 * of the DVO Gelderland-Midden with the chair of VNON's Expertgroep Ondermijning, the burgemeester
 * of Deventer. The members belong to `body` and the counterpart chairs `counterpartBody` from
 * `from` on (see {@link liaisonProblems}).
 * @category governance
 */
export class Liaison extends Schema.Class<Liaison>("Liaison")({
  id: Schema.String.pipe(Schema.pattern(/^[a-z0-9][a-z0-9._-]{0,63}$/)),
  body: BodyId,
  members: Schema.NonEmptyArray(PersonId),
  counterpartBody: BodyId,
  counterpart: PersonId,
  /** What they coordinate on, in words. */
  subject: Schema.optional(Schema.NonEmptyTrimmedString),
  from: CalendarDate,
  to: Schema.optional(CalendarDate),
}) {}
