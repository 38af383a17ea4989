import { Governance } from "@weerbaar/core"
import { Schema } from "effect"
import { Stem } from "./decisionRequests.js"
import {
  BodyId,
  DecisionId,
  ItemId,
  List,
  MeetingId,
  Omschrijving,
  PersonId,
  requestBody,
  Tekst,
  Titel,
  WrittenRoundId,
} from "./requestFields.js"
import { Datum } from "./resources.js"

// The request bodies of a body's meetings and written rounds.

/** A meeting time, `HH:MM`. @category vergaderingen */
export const Tijd = Schema.String.pipe(
  Schema.maxLength(5, { message: () => "expected a time as HH:MM" }),
  Schema.pattern(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, { message: () => "expected a time as HH:MM" }),
  Schema.annotations({ identifier: "Tijd" }),
)

/** A body's meeting to plan: its members are invited. @category vergaderingen */
export const NieuweVergadering = Schema.Struct({
  id: Schema.optionalWith(MeetingId, { exact: true }),
  orgaan: BodyId,
  datum: Datum,
  tijd: Schema.optionalWith(Tijd, { exact: true }),
  plaats: Schema.optionalWith(Omschrijving, { exact: true }),
  online: Schema.optionalWith(Schema.Boolean, { exact: true }),
}).annotations(requestBody("NieuweVergadering"))

/** What an agenda point or a written round is about. @category vergaderingen */
export const Onderwerp = Schema.Struct({
  soort: Schema.Literal("stuk", "notulen", "overig").annotations({
    description: "stuk: an item on its route; notulen: the besluitenlijst of an earlier meeting; overig: anything else",
  }),
  stuk: Schema.optionalWith(ItemId, { exact: true }).annotations({ description: "Required for soort stuk" }),
  vergadering: Schema.optionalWith(MeetingId, { exact: true }).annotations({
    description: "Required for soort notulen: the meeting whose besluitenlijst is adopted",
  }),
}).annotations(requestBody("Onderwerp"))

/** A point added to the agenda, with its papers. @category vergaderingen */
export const NieuwAgendapunt = Schema.Struct({
  titel: Titel,
  onderwerp: Onderwerp,
  stukken: Schema.optionalWith(List(Tekst), { exact: true }).annotations({
    description: "The papers by reference: a title, a file, a link",
  }),
}).annotations(requestBody("NieuwAgendapunt"))

/** A member's attendance (the last record counts). @category vergaderingen */
export const NieuweAanwezigheid = Schema.Struct({
  lid: PersonId,
  aanwezigheid: Schema.Literal("aanwezig", "afgemeld", "afwezig"),
}).annotations(requestBody("NieuweAanwezigheid"))

/** A substitute who attends in an absent member's place. @category vergaderingen */
export const NieuweVervanging = Schema.Struct({ lid: PersonId, vervanger: PersonId }).annotations(
  requestBody("NieuweVervanging"),
)

/** A member's conflict of interest on a point: recused from its decision. @category vergaderingen */
export const NieuwBelangenconflict = Schema.Struct({ lid: PersonId, reden: Tekst }).annotations(
  requestBody("NieuwBelangenconflict"),
)

/** A vote on a point. @category vergaderingen */
export const NieuweStem = Schema.Struct({ ...Stem.fields }).annotations(requestBody("NieuweStem"))

/** The body's decision on a point of its own (overig, or the minutes of an earlier meeting). @category vergaderingen */
export const NieuwPuntbesluit = Schema.Struct({
  id: Schema.optionalWith(DecisionId, { exact: true }),
  besluit: Tekst,
  motivering: Schema.optionalWith(Tekst, { exact: true }),
}).annotations(requestBody("NieuwPuntbesluit"))

/** The body's decision on the item of an agenda point (or of a written round): its record is the meeting's. @category vergaderingen */
export const NieuwStukbesluit = Schema.Struct({
  id: Schema.optionalWith(DecisionId, { exact: true }),
  uitkomst: Governance.Outcome,
  motivering: Tekst,
  ingangsdatum: Schema.optionalWith(Datum, { exact: true }),
  opmerkingen: Schema.optionalWith(Omschrijving, { exact: true }),
  reden: Schema.optionalWith(Omschrijving, { exact: true }).annotations({
    description: "Why the body departs from a rule the model signals and asks a reason for (comply or explain)",
  }),
}).annotations(requestBody("NieuwStukbesluit"))

/** An action point from the meeting. @category vergaderingen */
export const NieuwActiepunt = Schema.Struct({
  actie: Tekst,
  eigenaar: PersonId,
  deadline: Datum,
  agendapunt: Schema.optionalWith(Schema.Int.pipe(Schema.between(1, 999)), { exact: true }),
}).annotations(requestBody("NieuwActiepunt"))

/** A proposal sent to a body's members with a deadline. @category schriftelijke rondes */
export const NieuweSchriftelijkeRonde = Schema.Struct({
  id: Schema.optionalWith(WrittenRoundId, { exact: true }),
  orgaan: BodyId,
  titel: Titel,
  onderwerp: Onderwerp,
  voorstel: Tekst,
  uitkomst: Schema.optionalWith(Governance.Outcome, { exact: true }).annotations({
    description: "For soort stuk: the outcome proposed",
  }),
  stukken: Schema.optionalWith(List(Tekst), { exact: true }),
  deadline: Datum,
}).annotations(requestBody("NieuweSchriftelijkeRonde"))

/** A member's answer in a written round. @category schriftelijke rondes */
export const NieuwAntwoord = Schema.Struct({
  lid: Schema.optionalWith(PersonId, { exact: true }).annotations({
    description: "The member answered for (by the secretary); the caller when left out",
  }),
  antwoord: Schema.Literal("akkoord", "bezwaar", "onthouding"),
  opmerking: Schema.optionalWith(Tekst, { exact: true }),
}).annotations(requestBody("NieuwAntwoord"))

/** The closing of a written round not about an item. @category schriftelijke rondes */
export const NieuweRondesluiting = Schema.Struct({
  besluit: Schema.optionalWith(DecisionId, { exact: true }).annotations({
    description: "The id of the decision; one is made when left out",
  }),
}).annotations(requestBody("NieuweRondesluiting"))
