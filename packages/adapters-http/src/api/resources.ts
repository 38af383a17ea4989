import { Governance, Kernel, Route } from "@weerbaar/core"
import { Schema } from "effect"
import { DecimalInteger } from "./queryIntegers.js"
import {
  BodyId,
  ItemId,
  List,
  Omschrijving,
  OrganisationId,
  PracticeId,
  QueryText,
  requestBody,
  Titel,
} from "./requestFields.js"
import { Financiering, Taak, Taken } from "./taskResources.js"

/** A calendar date `YYYY-MM-DD` in a request. @category resources */
export const Datum = Schema.String.pipe(
  Schema.pattern(/^\d{4}-\d{2}-\d{2}$/, { message: () => "expected a date as YYYY-MM-DD" }),
  Schema.filter((s): boolean => Schema.is(Kernel.CalendarDate)(s), {
    message: () => "expected an existing calendar date",
  }),
  Schema.annotations({ identifier: "Datum", jsonSchema: { type: "string", format: "date", maxLength: 10 } }),
)

/** A member of a body on the reference date. @category resources */
export class Lid extends Schema.Class<Lid>("Lid")({
  persoon: Schema.String,
  naam: Schema.String,
  organisatie: Schema.String,
  rol: Schema.String,
  vanaf: Kernel.CalendarDate,
  tot: Schema.optional(Kernel.CalendarDate),
}) {}

/** A body of the programme: DVO, Stuurgroep, an expert group, a body of the network. @category resources */
export class Orgaan extends Schema.Class<Orgaan>("Orgaan")({
  id: Schema.String,
  naam: Schema.String,
  niveau: Schema.Literal("bestuurlijk", "besturing", "beleid", "netwerk"),
  thema: Schema.optional(Schema.String),
  besluitregel: Schema.Struct({ methode: Schema.String, quorumPercentage: Schema.optional(Schema.Number) }),
  leden: Schema.Array(Lid),
}) {}

/** A municipality of the programme. @category resources */
export class Gemeente extends Schema.Class<Gemeente>("Gemeente")({
  id: Schema.String,
  naam: Schema.String,
  cbsCode: Schema.String,
}) {}

/** The most lines a budget has. @category resources */
export const maxBudgetLines = 200

/** A line of a budget, in euro cents (at most core's `MaxLineCents`), and who pays it. @category resources */
export const Begrotingsregel = Schema.Struct({
  categorie: Titel,
  organisatie: OrganisationId,
  jaar: Schema.Int.pipe(Schema.between(2000, 2100)),
  bedrag: Schema.Int.pipe(Schema.between(0, Kernel.MaxLineCents)).annotations({
    description: `Amount in euro cents, at most ${Kernel.MaxLineCents}`,
  }),
  financiering: Schema.optionalWith(Financiering, { exact: true }).annotations({
    description: "Who pays the line; programmabudget when left out",
  }),
}).annotations({ identifier: "Begrotingsregel" })

/**
 * The lines of a budget: at most {@link maxBudgetLines}, totalling at most core's `MaxTotalCents`, so
 * that every sum the API answers with is a safe integer.
 * @category resources
 */
export const Begroting = Schema.Array(Begrotingsregel).pipe(
  Schema.maxItems(maxBudgetLines, { message: () => `expected at most ${maxBudgetLines} budget lines` }),
  Schema.filter((lines) => lines.reduce((sum, line) => sum + line.bedrag, 0) <= Kernel.MaxTotalCents, {
    message: () => `expected a budget totalling at most ${Kernel.MaxTotalCents} cents`,
    jsonSchema: {},
  }),
)

/**
 * What makes a beleidsvoorstel a pilot proposal: the municipalities that host the pilot.
 * @category resources
 */
export const PilotInhoud = Schema.Struct({
  gemeenten: List(OrganisationId).pipe(Schema.minItems(1, { message: () => "expected at least one municipality" })),
}).annotations(requestBody("PilotInhoud"))

/** The content of an item as a client writes it. @category resources */
export const StukInhoud = Schema.Struct({
  titel: Titel,
  omschrijving: Omschrijving,
  begroting: Schema.optionalWith(Begroting, { exact: true }).annotations({
    description: `Budget lines (at most ${maxBudgetLines}, totalling at most ${Kernel.MaxTotalCents} cents); none when left out`,
  }),
  taken: Schema.optionalWith(Taken, { exact: true }).annotations({
    description: "Tasks of partners without money (organisation and task); none when left out",
  }),
  bestPractices: Schema.optionalWith(List(PracticeId), { exact: true }).annotations({
    description: "Best Practice ids; none when left out",
  }),
  voorgesteldBestuursmodel: Schema.optionalWith(Route.ModelFingerprint, { exact: true }).annotations({
    description:
      "A programme plan or adjustment: the fingerprint (GET /v1/bestuursmodel/versies, `weerbaar model fingerprint`) of the rule book it proposes",
  }),
  pilot: Schema.optionalWith(PilotInhoud, { exact: true }).annotations({
    description:
      "A beleidsvoorstel only: makes it a pilot proposal, hosted by these municipalities (in the area, or reference municipalities); its accord starts a pilot, not the roll-out",
  }),
}).annotations(requestBody("StukInhoud"))

/** A new item: the drafting body and its content, optionally with an id of the client's choosing. @category resources */
export const NieuwStuk = Schema.Struct({
  id: Schema.optionalWith(ItemId, { exact: true }),
  opstellendOrgaan: BodyId,
  ...StukInhoud.fields,
}).annotations(requestBody("NieuwStuk"))

/** A decision as an item remembers it. @category resources */
export class StukBesluit extends Schema.Class<StukBesluit>("StukBesluit")({
  id: Schema.String,
  orgaan: Schema.String,
  uitkomst: Governance.Outcome,
  versie: Schema.Int,
  stap: Schema.Int,
  definitief: Schema.Boolean,
  vergaderdatum: Kernel.CalendarDate,
  begrotingVastgelegd: Schema.Int,
  ingetrokkenDoor: Schema.optional(Schema.String),
}) {}

/**
 * A rule of force `signaleren` that let an act through: the same fields as a refusal's violations,
 * so a client reads both alike; the history has no facts.
 * @category resources
 */
export class RegelSignaal extends Schema.Class<RegelSignaal>("RegelSignaal")({
  code: Schema.String,
  explanation: Kernel.Localized,
  facts: Schema.optional(Schema.Record({ key: Schema.String, value: Schema.Unknown })),
}) {}

/**
 * The `signalen` of a resource in the answer to a command that changed it: the rules of force
 * `signaleren` that let the command through; absent when reading the resource.
 * @category resources
 */
export const commandSignalen = Schema.optional(Schema.Array(RegelSignaal)).annotations({
  description: "Only in the answer to a command: the rules of force signaleren that let it through",
})

/** An item on an approval route (opdracht, beleidsvoorstel, programmabijstelling, voortgangsrapportage). @category resources */
export class Stuk extends Schema.Class<Stuk>("Stuk")({
  id: Schema.String,
  soort: Schema.String,
  titel: Schema.String,
  omschrijving: Schema.String,
  status: Schema.String,
  versie: Schema.Int,
  opstellendOrgaan: Schema.String,
  aanDeBeurt: Schema.optional(Schema.String).annotations({ description: "The body whose turn it is" }),
  begroting: Schema.Array(Begrotingsregel),
  begrotingTotaal: Schema.Int,
  begrotingPerFinanciering: Route.FundingTotals.annotations({
    description: "The budget's totals per funding source; only programmabudget is committed by an accord",
  }),
  taken: Schema.Array(Taak),
  bestPractices: Schema.Array(Schema.String),
  voorgesteldBestuursmodel: Schema.optional(Schema.String).annotations({
    description: "The fingerprint of the rule book a programme plan or adjustment proposes",
  }),
  pilot: Schema.optional(Schema.Struct({ gemeenten: Schema.Array(Schema.String) })).annotations({
    description: "A pilot proposal: the municipalities that host the pilot",
  }),
  besluiten: Schema.Array(StukBesluit),
  signalen: commandSignalen,
}) {}

/** A short line of an item in a list. @category resources */
export class StukSamenvatting extends Schema.Class<StukSamenvatting>("StukSamenvatting")({
  id: Schema.String,
  soort: Schema.String,
  titel: Schema.String,
  status: Schema.String,
  versie: Schema.Int,
  opstellendOrgaan: Schema.String,
  begrotingTotaal: Schema.Int,
  gewijzigdOp: Kernel.Timestamp,
}) {}

/** One violated rule. @category resources */
export class Reden extends Schema.Class<Reden>("Reden")({
  code: Schema.String,
  uitleg: Kernel.Localized,
}) {}

/** An action on an item and whether the person may take it now. @category resources */
export class ToegestaneActie extends Schema.Class<ToegestaneActie>("ToegestaneActie")({
  actie: Schema.Literal("edit", "submit", "withdraw", "decide", "revoke"),
  omschrijving: Kernel.Localized,
  orgaan: Schema.optional(Schema.String),
  uitkomst: Schema.optional(Governance.Outcome),
  besluit: Schema.optional(Schema.String),
  toegestaan: Schema.Boolean,
  redenen: Schema.Array(Reden),
}) {}

/** One entry of an item's history: who, when, what, why. @category resources */
export class HistorieRegel extends Schema.Class<HistorieRegel>("HistorieRegel")({
  positie: Schema.Int,
  tijdstip: Kernel.Timestamp,
  wie: Schema.String,
  wat: Schema.String,
  waarom: Schema.optional(Schema.String),
  versie: Schema.optional(Schema.Int),
  besluit: Schema.optional(Schema.String),
  orgaan: Schema.optional(Schema.String),
  uitkomst: Schema.optional(Schema.String),
  signalen: Schema.optional(Schema.Array(RegelSignaal)).annotations({
    description: "The signals stored with the act of this entry",
  }),
}) {}

/** An event of the log, for integrators. @category resources */
export class Gebeurtenis extends Schema.Class<Gebeurtenis>("Gebeurtenis")({
  positie: Schema.Int,
  stroom: Schema.String,
  versie: Schema.Int,
  type: Schema.String.annotations({
    description:
      "The event's type, e.g. DecisionRecorded; RuleSignalled on a stream signal-<stream>-<version> is a signal: a rule of force signaleren let the act at that version of that stream through",
  }),
  schemaVersie: Schema.Int,
  gegevens: Schema.Unknown,
  actor: Schema.optional(Schema.String),
  vastgelegdOp: Kernel.Timestamp,
  hash: Schema.String,
}) {}

/** The programme's budget position in euro cents. @category resources */
export class Begrotingspositie extends Schema.Class<Begrotingspositie>("Begrotingspositie")({
  beschikbaar: Schema.Int,
  vastgelegd: Schema.Int,
  vrij: Schema.Int,
}) {}

/** A page of results and the cursor of the next page. @category resources */
export const Pagina = <A, I>(item: Schema.Schema<A, I>, identifier: string) =>
  Schema.Struct({
    resultaten: Schema.Array(item),
    volgende: Schema.optional(Schema.String).annotations({ description: "Cursor of the next page, if any" }),
  }).annotations({ identifier })

/** Query parameters of a paged list. @category resources */
export const paging = {
  cursor: Schema.optional(QueryText),
  limiet: Schema.optional(DecimalInteger(1, 500)).annotations({ description: "Results per page, 1 to 500" }),
}
