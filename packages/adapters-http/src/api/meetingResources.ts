import { Governance, Kernel } from "@weerbaar/core"
import { Schema } from "effect"
import { Agendaverwijzing, Stemming, Vervanger } from "./besluitResources.js"
import { commandSignalen } from "./resources.js"

// What the API answers about a body's meetings and written rounds.

/** What an agenda point or a written round is about, as the API shows it. @category vergaderingen */
export const Agendaonderwerp = Schema.Struct({
  soort: Schema.Literal("stuk", "notulen", "overig"),
  stuk: Schema.optional(Schema.String),
  vergadering: Schema.optional(Schema.String),
}).annotations({ identifier: "Agendaonderwerp" })

/** A decision at an agenda point. @category vergaderingen */
export const Puntbesluit = Schema.Struct({
  id: Schema.String,
  besluit: Schema.String,
  motivering: Schema.optional(Schema.String),
}).annotations({ identifier: "Puntbesluit" })

/** Where and when a besluitenlijst was adopted. @category vergaderingen */
export const Vaststelling = Schema.Struct({
  datum: Kernel.CalendarDate,
  vergadering: Schema.optional(Agendaverwijzing),
  schriftelijkeRonde: Schema.optional(Schema.String),
}).annotations({ identifier: "Vaststelling" })

/** The status of a meeting. @category vergaderingen */
export const Vergaderstatus = Schema.Literal("gepland", "gesloten", "vastgesteld")

/** A point of a meeting's agenda as the meeting dealt with it. @category vergaderingen */
export class Agendapunt extends Schema.Class<Agendapunt>("Agendapunt")({
  nummer: Schema.Int,
  titel: Schema.String,
  onderwerp: Agendaonderwerp,
  stukken: Schema.Array(Schema.String),
  belangenconflicten: Schema.Array(Schema.Struct({ lid: Schema.String, reden: Schema.String })),
  stemmen: Schema.Array(Stemming),
  besluit: Schema.optional(Puntbesluit),
}) {}

/** An action point of a meeting. @category vergaderingen */
export const Actiepunt = Schema.Struct({
  actie: Schema.String,
  eigenaar: Schema.String,
  deadline: Kernel.CalendarDate,
  agendapunt: Schema.optional(Schema.Int),
}).annotations({ identifier: "Actiepunt" })

/** A meeting of a body: agenda, attendance, substitutes, action points, status. @category vergaderingen */
export class Vergadering extends Schema.Class<Vergadering>("Vergadering")({
  id: Schema.String,
  orgaan: Schema.String,
  datum: Kernel.CalendarDate,
  tijd: Schema.optional(Schema.String),
  plaats: Schema.optional(Schema.String),
  online: Schema.Boolean,
  status: Vergaderstatus,
  uitgenodigd: Schema.Array(Schema.String),
  aanwezigheid: Schema.Array(
    Schema.Struct({ lid: Schema.String, aanwezigheid: Schema.Literal("aanwezig", "afgemeld", "afwezig") }),
  ),
  vervangers: Schema.Array(Vervanger),
  agendapunten: Schema.Array(Agendapunt),
  actiepunten: Schema.Array(Actiepunt),
  vastgesteld: Schema.optional(Vaststelling),
  signalen: commandSignalen,
}) {}

/** A meeting or written round in the overview. @category vergaderingen */
export class VergaderingSamenvatting extends Schema.Class<VergaderingSamenvatting>("VergaderingSamenvatting")({
  id: Schema.String,
  soort: Schema.Literal("vergadering", "schriftelijke-ronde"),
  orgaan: Schema.String,
  datum: Kernel.CalendarDate.annotations({ description: "The meeting's date, or the round's start" }),
  tijd: Schema.optional(Schema.String),
  titel: Schema.optional(Schema.String),
  deadline: Schema.optional(Kernel.CalendarDate),
  status: Schema.Literal("gepland", "gesloten", "vastgesteld", "lopend", "aangenomen", "verworpen", "naar-vergadering"),
  agendapunten: Schema.Int,
  besluiten: Schema.Int,
}) {}

/** A person by id and name. @category vergaderingen */
export const Persoon = Schema.Struct({ id: Schema.String, naam: Schema.String }).annotations({ identifier: "Persoon" })

/** The besluitenlijst of a meeting: who was there, per point its decision, the action points. @category vergaderingen */
export class Besluitenlijst extends Schema.Class<Besluitenlijst>("Besluitenlijst")({
  vergadering: Schema.String,
  orgaan: Schema.String,
  orgaanNaam: Schema.String,
  datum: Kernel.CalendarDate,
  tijd: Schema.optional(Schema.String),
  plaats: Schema.optional(Schema.String),
  online: Schema.Boolean,
  aanwezig: Schema.Array(Persoon),
  afgemeld: Schema.Array(Persoon),
  afwezig: Schema.Array(Persoon),
  vervangers: Schema.Array(Schema.Struct({ lid: Persoon, vervanger: Persoon })),
  agendapunten: Schema.Array(
    Schema.Struct({
      nummer: Schema.Int,
      titel: Schema.String,
      over: Schema.String,
      stukken: Schema.Array(Schema.String),
      belangenconflicten: Schema.Array(Schema.Struct({ ...Persoon.fields, reden: Schema.String })),
      stemmen: Schema.Array(Schema.Struct({ ...Persoon.fields, stem: Schema.String })),
      besluit: Schema.optional(Puntbesluit),
    }),
  ),
  actiepunten: Schema.Array(
    Schema.Struct({
      actie: Schema.String,
      eigenaar: Persoon,
      deadline: Kernel.CalendarDate,
      agendapunt: Schema.optional(Schema.Int),
    }),
  ),
  status: Vergaderstatus,
  vastgesteld: Schema.optional(Vaststelling),
}) {}

/** A written round: the proposal, the answers, and how it closed. @category schriftelijke rondes */
export class SchriftelijkeRonde extends Schema.Class<SchriftelijkeRonde>("SchriftelijkeRonde")({
  id: Schema.String,
  orgaan: Schema.String,
  titel: Schema.String,
  onderwerp: Agendaonderwerp,
  voorstel: Schema.String,
  uitkomst: Schema.optional(Governance.Outcome),
  stukken: Schema.Array(Schema.String),
  startdatum: Kernel.CalendarDate,
  deadline: Kernel.CalendarDate,
  verzondenAan: Schema.Array(Schema.String),
  antwoorden: Schema.Array(
    Schema.Struct({
      lid: Schema.String,
      antwoord: Schema.Literal("akkoord", "bezwaar", "onthouding"),
      datum: Kernel.CalendarDate,
      opmerking: Schema.optional(Schema.String),
    }),
  ),
  gesloten: Schema.optional(
    Schema.Struct({
      datum: Kernel.CalendarDate,
      resultaat: Schema.Literal("aangenomen", "verworpen", "naar-vergadering"),
      besluit: Schema.optional(Schema.String),
      stilzwijgend: Schema.Array(Schema.String).annotations({ description: "Members who consented tacitly" }),
    }),
  ),
  signalen: commandSignalen,
}) {}
