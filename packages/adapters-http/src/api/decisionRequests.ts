import { Governance } from "@weerbaar/core"
import { Schema } from "effect"
import {
  BodyId,
  DecisionId,
  List,
  MeetingId,
  Omschrijving,
  PersonId,
  requestBody,
  Tekst,
  WrittenRoundId,
} from "./requestFields.js"
import { Datum } from "./resources.js"

// The request bodies of what a body does at its meeting: a decision, a revocation; and a withdrawal.

/** A vote of a member. @category resources */
export const Stem = Schema.Struct({
  lid: PersonId,
  stem: Schema.Literal("voor", "tegen", "onthouding"),
}).annotations({ identifier: "Stem" })

/** A substitute who attended in a member's place, as the model allows. @category resources */
export const Vervanging = Schema.Struct({
  lid: PersonId,
  vervanger: PersonId,
}).annotations({ identifier: "Vervanging" })

const vervangers = Schema.optionalWith(List(Vervanging), { exact: true }).annotations({
  description: "Substitutes who attended in a member's place: they count and vote as that member",
})

/** What happened at the meeting where a body decided. @category resources */
export const vergadering = {
  vergaderdatum: Datum,
  aanwezig: List(PersonId),
  vervangers,
  belangenconflict: Schema.optionalWith(List(PersonId), { exact: true }).annotations({
    description: "Members who declared a conflict of interest: they are recused",
  }),
  stemmen: Schema.optionalWith(List(Stem), { exact: true }).annotations({
    description: "Votes per member, where the body's decision rule needs them",
  }),
  motivering: Tekst,
}

/** A meeting's agenda point, where a decision was taken. @category resources */
export const Vergaderpunt = Schema.Struct({
  id: MeetingId,
  agendapunt: Schema.Int.pipe(Schema.between(1, 999)),
}).annotations({ identifier: "Vergaderpunt" })

/**
 * Where a body's decision other than on an item (a pilot designation, an exemption, the programme's
 * end) was taken: at a meeting's agenda point (`vergadering`), in a written round
 * (`schriftelijkeRonde`), or with the meeting's record written out (`vergaderdatum`, `aanwezig`, …);
 * the record of a meeting point or a round is the one the meeting or round holds.
 * @category resources
 */
export const besluitvorming = {
  vergadering: Schema.optionalWith(Vergaderpunt, { exact: true }).annotations({
    description: "The meeting's agenda point where the body decided: its record is the meeting's",
  }),
  schriftelijkeRonde: Schema.optionalWith(WrittenRoundId, { exact: true }).annotations({
    description: "The written round in which the body decided: its record is the round's",
  }),
  vergaderdatum: Schema.optionalWith(Datum, { exact: true }).annotations({
    description: "Required without vergadering or schriftelijkeRonde",
  }),
  aanwezig: Schema.optionalWith(List(PersonId), { exact: true }).annotations({
    description: "Required without vergadering or schriftelijkeRonde",
  }),
  vervangers,
  belangenconflict: vergadering.belangenconflict,
  stemmen: vergadering.stemmen,
  motivering: Tekst,
}

/** A body's decision on an item at its step. @category resources */
export const NieuwBesluit = Schema.Struct({
  id: Schema.optionalWith(DecisionId, { exact: true }),
  orgaan: BodyId,
  uitkomst: Governance.Outcome,
  ...besluitvorming,
  ingangsdatum: Schema.optionalWith(Datum, { exact: true }),
  opmerkingen: Schema.optionalWith(Omschrijving, { exact: true }),
  reden: Schema.optionalWith(
    Omschrijving.annotations({
      description: "Why the body departs from a rule the model signals and asks a reason for (comply or explain)",
    }),
    { exact: true },
  ),
}).annotations(requestBody("NieuwBesluit"))

/** The revocation of a final decision: a new decision that cites it. @category resources */
export const NieuweIntrekking = Schema.Struct({
  id: Schema.optionalWith(DecisionId, { exact: true }),
  besluit: DecisionId.annotations({ description: "The decision that is revoked" }),
  orgaan: BodyId,
  ...vergadering,
}).annotations(requestBody("NieuweIntrekking"))

/** The drafting body withdraws its item. @category resources */
export const NieuweTerugtrekking = Schema.Struct({
  reden: Tekst,
}).annotations(requestBody("NieuweTerugtrekking"))
