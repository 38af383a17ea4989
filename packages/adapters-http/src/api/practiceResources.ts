import { Governance, Kernel, Practice } from "@weerbaar/core"
import { Schema } from "effect"
import { besluitvorming } from "./decisionRequests.js"
import { Netwerkafspraak } from "./networkAgreementResources.js"
import { Overname } from "./lineageResources.js"
import { commandSignalen, Datum } from "./resources.js"
import {
  DecisionId,
  EvaluationId,
  List,
  Omschrijving,
  OrganisationId,
  PracticeId,
  requestBody,
  Tekst,
  Titel,
} from "./requestFields.js"

/** A new Best Practice candidate, optionally with an id of the client's choosing. @category best practices */
export const NieuweBestPractice = Schema.Struct({
  id: Schema.optionalWith(PracticeId, { exact: true }),
  thema: Governance.Theme,
  titel: Titel,
  omschrijving: Omschrijving,
  herkomst: Practice.Origin,
  bron: Tekst.annotations({ description: "Where the practice was found: a report, a municipality, a web address" }),
  beoogdeEffecten: List(Tekst),
}).annotations(requestBody("NieuweBestPractice"))

/** How a practice is documented so that another organisation can adopt it. @category best practices */
export const Documentatie = Schema.Struct({
  beschrijving: Tekst,
  context: Tekst,
  randvoorwaarden: Tekst,
  uitvoeringsafspraken: Tekst,
}).annotations(requestBody("Documentatie"))

/** An effect measured by an evaluation. @category best practices */
export const GemetenEffect = Schema.Struct({ effect: Tekst, resultaat: Tekst }).annotations(
  requestBody("GemetenEffect"),
)

/** An evaluation of the pilot or of the execution. @category best practices */
export const NieuweEvaluatie = Schema.Struct({
  id: Schema.optionalWith(EvaluationId, { exact: true }),
  soort: Schema.Literal("pilot", "uitvoering"),
  methode: Tekst,
  bevindingen: Tekst,
  gemetenEffecten: List(GemetenEffect),
  bewijsniveau: Practice.EvidenceLevel,
  evaluatiedatum: Datum,
  uitgevoerdDoor: Tekst,
}).annotations(requestBody("NieuweEvaluatie"))

/** The Stuurgroep's designation of a pilot municipality. @category best practices */
export const NieuwePilotgemeente = Schema.Struct({
  gemeente: OrganisationId,
  besluit: Schema.optionalWith(DecisionId, { exact: true }).annotations({
    description: "The id of the Stuurgroep's decision; one is made when left out",
  }),
  ...besluitvorming,
}).annotations(requestBody("NieuwePilotgemeente"))

/** Why a practice is rejected or stopped. @category best practices */
export const NieuweReden = Schema.Struct({ reden: Tekst }).annotations(requestBody("NieuweReden"))

/** An evaluation as the practice remembers it. @category best practices */
export class Evaluatie extends Schema.Class<Evaluatie>("Evaluatie")({
  id: Schema.String,
  soort: Schema.Literal("pilot", "uitvoering"),
  methode: Schema.String,
  bevindingen: Schema.String,
  gemetenEffecten: Schema.Array(Schema.Struct({ effect: Schema.String, resultaat: Schema.String })),
  bewijsniveau: Practice.EvidenceLevel,
  evaluatiedatum: Kernel.CalendarDate,
  uitgevoerdDoor: Schema.String,
}) {}

/** A decision that moved a practice on. @category best practices */
export class Besluitverwijzing extends Schema.Class<Besluitverwijzing>("Besluitverwijzing")({
  stuk: Schema.String,
  besluit: Schema.String,
  orgaan: Schema.String,
  orgaanNaam: Schema.String,
  vergaderdatum: Kernel.CalendarDate,
}) {}

/** The DVO's accord of a pilot proposal that contained the practice. @category best practices */
export class Pilotakkoord extends Schema.Class<Pilotakkoord>("Pilotakkoord")({
  besluit: Besluitverwijzing,
  gemeenten: Schema.Array(Schema.String).annotations({ description: "The municipalities that host the pilot" }),
  begrotingTotaal: Schema.Int.annotations({ description: "The pilot's budget in euro cents" }),
}) {}

/** A link to a related Best Practice (samenhang), as each of the two remembers it. @category best practices */
export class BestPracticeKoppeling extends Schema.Class<BestPracticeKoppeling>("BestPracticeKoppeling")({
  bestPractice: Schema.String,
  toelichting: Schema.String,
  gekoppeldDoor: Schema.String,
  gekoppeldOp: Kernel.Timestamp,
}) {}

/** A link of a practice to a related practice, with why they belong together. @category best practices */
export const NieuweBestPracticeKoppeling = Schema.Struct({
  bestPractice: PracticeId,
  toelichting: Tekst,
}).annotations(requestBody("NieuweBestPracticeKoppeling"))

/** A Best Practice with its dossier. @category best practices */
export class BestPractice extends Schema.Class<BestPractice>("BestPractice")({
  id: Schema.String,
  thema: Governance.Theme,
  titel: Schema.String,
  omschrijving: Schema.String,
  herkomst: Practice.Origin,
  bron: Schema.String,
  beoogdeEffecten: Schema.Array(Schema.String),
  status: Practice.PracticeStatus,
  versie: Schema.Int.annotations({ description: "1, or the network's latest version of a practice it took over" }),
  overname: Schema.optional(Overname).annotations({
    description: "For a practice taken over from a handover package: where it came from, and its versions",
  }),
  documentatie: Schema.optional(Documentatie),
  evaluaties: Schema.Array(Evaluatie),
  bewijsniveau: Schema.optional(Practice.EvidenceLevel).annotations({ description: "The highest of its evaluations" }),
  pilotgemeenten: Schema.Array(
    Schema.Struct({ gemeente: Schema.String, besluit: Schema.String, vergaderdatum: Kernel.CalendarDate }),
  ),
  voorstel: Schema.optional(Schema.String).annotations({
    description: "The beleidsvoorstel it is in, while voorgesteld",
  }),
  pilotakkoord: Schema.optional(Pilotakkoord),
  akkoord: Schema.optional(Besluitverwijzing),
  gerelateerd: Schema.optional(Schema.Array(BestPracticeKoppeling)).annotations({
    description: "The practices it is linked to (samenhang); absent when none",
  }),
  overdracht: Schema.optional(Besluitverwijzing),
  vaststelling: Schema.optional(Besluitverwijzing),
  netwerkafspraak: Schema.optional(Netwerkafspraak).annotations({
    description: "For a measure of the network track: the network's agreement it executes",
  }),
  reden: Schema.optional(Schema.String).annotations({ description: "Why it was rejected or stopped" }),
  signalen: commandSignalen,
}) {}

/** A Best Practice's line in the catalogue. @category best practices */
export class BestPracticeSamenvatting extends Schema.Class<BestPracticeSamenvatting>("BestPracticeSamenvatting")({
  id: Schema.String,
  thema: Governance.Theme,
  titel: Schema.String,
  herkomst: Schema.String,
  status: Practice.PracticeStatus,
  gedocumenteerd: Schema.Boolean,
  bewijsniveau: Schema.optional(Schema.String),
  evaluaties: Schema.Int,
  pilotgemeenten: Schema.Array(Schema.String),
  netwerkafspraak: Schema.optional(Schema.String).annotations({
    description: "For a measure of the network track: the network's agreement it executes",
  }),
  pilotakkoord: Schema.optional(Schema.String).annotations({ description: "The decision that accorded its pilot" }),
  gerelateerd: Schema.optional(Schema.Array(Schema.String)).annotations({
    description: "The practices it is linked to",
  }),
  gewijzigdOp: Kernel.Timestamp,
}) {}
