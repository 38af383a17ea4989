import { Schema } from "effect"
import { CalendarDate } from "../kernel/CalendarDate.js"
import { Localized } from "../kernel/Localized.js"
import { FactValue } from "../kernel/Refusal.js"
import { FundingTotals } from "./Budget.js"

/** A municipality of the programme's area: a column of the phase matrix. @category progress report */
export const ReportMunicipality = Schema.Struct({ id: Schema.String, name: Schema.String })

/**
 * One row of the phase matrix: a measure, its theme and status, and its track's phase in every
 * municipality of the area (`geen` before the track's first move); a measure of the network track
 * names the network's agreement it executes (`network`).
 * @category progress report
 */
export const PhaseMatrixRow = Schema.Struct({
  practiceId: Schema.String,
  title: Schema.String,
  theme: Schema.String,
  status: Schema.String,
  network: Schema.optional(Schema.String),
  phases: Schema.Record({ key: Schema.String, value: Schema.String }),
})
/** @category progress report */
export type PhaseMatrixRow = typeof PhaseMatrixRow.Type

/**
 * The totals of one theme: its measures (of which `networkMeasures` of the network track) and, per
 * phase, the tracks in it.
 * @category progress report
 */
export const ThemeTotals = Schema.Struct({
  theme: Schema.String,
  measures: Schema.Int,
  networkMeasures: Schema.optional(Schema.Int),
  phases: Schema.Record({ key: Schema.String, value: Schema.Int }),
})
/** @category progress report */
export type ThemeTotals = typeof ThemeTotals.Type

/** A reference municipality outside the area and the measures it has a track of. @category progress report */
export const ReportReference = Schema.Struct({
  id: Schema.String,
  name: Schema.String,
  reason: Schema.optional(Schema.String),
  tracks: Schema.Array(Schema.Struct({ practiceId: Schema.String, title: Schema.String, phase: Schema.String })),
})
/** @category progress report */
export type ReportReference = typeof ReportReference.Type

/**
 * An accorded proposal's budget: committed by its accord (its programme-funded lines), its lines'
 * total, their totals per funding source (absent in reports made before funding sources existed)
 * and what was spent.
 * @category progress report
 */
export const ProposalBudget = Schema.Struct({
  itemId: Schema.String,
  title: Schema.String,
  status: Schema.String,
  committed: Schema.Int,
  budgeted: Schema.Int,
  funding: Schema.optional(FundingTotals),
  spent: Schema.Int,
})
/** @category progress report */
export type ProposalBudget = typeof ProposalBudget.Type

/**
 * A partner's budget lines in accorded proposals, their totals per funding source (absent in
 * reports made before funding sources existed) and what it spent on them.
 * @category progress report
 */
export const PartnerBudget = Schema.Struct({
  organisation: Schema.String,
  name: Schema.String,
  budgeted: Schema.Int,
  funding: Schema.optional(FundingTotals),
  spent: Schema.Int,
})
/** @category progress report */
export type PartnerBudget = typeof PartnerBudget.Type

/**
 * The programme's budget: available, committed by accords (programme-funded lines only), the
 * accorded lines' totals per funding source (absent in reports made before funding sources
 * existed), and per proposal and partner.
 * @category progress report
 */
export const ReportBudget = Schema.Struct({
  available: Schema.Int,
  committed: Schema.Int,
  funding: Schema.optional(FundingTotals),
  proposals: Schema.Array(ProposalBudget),
  partners: Schema.Array(PartnerBudget),
})
/** @category progress report */
export type ReportBudget = typeof ReportBudget.Type

const Signal = Schema.Literal("green", "amber", "red")

/** The randvoorwaarden as the `health` service gives them on the report's date. @category progress report */
export const ReportHealth = Schema.Struct({
  date: CalendarDate,
  signal: Signal,
  conditions: Schema.Array(
    Schema.Struct({
      condition: Schema.Literal("staffing", "commitment", "budget"),
      signal: Signal,
      findings: Schema.Array(
        Schema.Struct({
          code: Schema.String,
          signal: Signal,
          check: Localized,
          facts: Schema.Record({ key: Schema.String, value: FactValue }),
          explanation: Localized,
        }),
      ),
    }),
  ),
})
/** @category progress report */
export type ReportHealth = typeof ReportHealth.Type

const AgendaMilestone = {
  milestoneId: Schema.String,
  title: Schema.String,
  ownerBody: Schema.String,
  dueDate: Schema.String,
  deliveredOn: Schema.optional(Schema.String),
}

/** The milestones late on the report's date, and those due within 30 days. @category progress report */
export const ReportAgenda = Schema.Struct({
  asOf: CalendarDate,
  late: Schema.Array(Schema.Struct({ ...AgendaMilestone, daysLate: Schema.Int })),
  upcoming: Schema.Array(Schema.Struct({ ...AgendaMilestone, daysLeft: Schema.Int })),
})
/** @category progress report */
export type ReportAgenda = typeof ReportAgenda.Type

/** A signal as a report shows it: the rule, the date, the explanation in Dutch, the actor's reason. @category progress report */
export const ReportSignal = Schema.Struct({
  code: Schema.String,
  date: Schema.String,
  explanation: Schema.String,
  reason: Schema.optional(Schema.String),
})
/** @category progress report */
export type ReportSignal = typeof ReportSignal.Type

/**
 * The signals (comply or explain) of one municipality, per measure; `municipality` is
 * `programma` for acts of no municipality.
 * @category progress report
 */
export const ReportSignalGroup = Schema.Struct({
  municipality: Schema.String,
  measures: Schema.Array(Schema.Struct({ measure: Schema.String, signals: Schema.Array(ReportSignal) })),
})
/** @category progress report */
export type ReportSignalGroup = typeof ReportSignalGroup.Type

/** An information product as the catalogue lists it (never its confidential content). @category progress report */
export const ReportInformationProduct = Schema.Struct({
  productId: Schema.String,
  kind: Schema.String,
  producer: Schema.String,
  scope: Schema.String,
  themes: Schema.Array(Schema.String),
  classification: Schema.String,
  status: Schema.String,
  startedOn: Schema.String,
  deliveredOn: Schema.optional(Schema.String),
})
/** @category progress report */
export type ReportInformationProduct = typeof ReportInformationProduct.Type

/**
 * A voortgangsrapportage's figures: the programme's state as of `asOf` — the phase matrix with
 * totals per theme, the reference municipalities, the budget per proposal and partner, the
 * randvoorwaarden, late and upcoming milestones, the signals and the information products. The
 * same figures `weerbaar report --date` shows; frozen into the item when it is submitted.
 * @category progress report
 */
export const ProgressReport = Schema.Struct({
  asOf: CalendarDate,
  municipalities: Schema.Array(ReportMunicipality),
  matrix: Schema.Array(PhaseMatrixRow),
  themes: Schema.Array(ThemeTotals),
  references: Schema.Array(ReportReference),
  budget: ReportBudget,
  health: ReportHealth,
  agenda: ReportAgenda,
  signals: Schema.Array(ReportSignalGroup),
  information: Schema.Array(ReportInformationProduct),
}).annotations({ identifier: "ProgressReport" })
/** @category progress report */
export type ProgressReport = typeof ProgressReport.Type
