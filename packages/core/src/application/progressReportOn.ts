import { Effect } from "effect"
import { areaOn, referenceMunicipalitiesOn } from "../governance/area.js"
import type { GovernanceModel } from "../governance/GovernanceModel.js"
import { lineSpending } from "../health/readModels.js"
import { informationCatalogue } from "../information/readModels.js"
import type { CalendarDate } from "../kernel/CalendarDate.js"
import { milestoneAgenda } from "../milestones/milestoneAgenda.js"
import { milestoneOverview } from "../milestones/milestoneReadModels.js"
import { queryAll, ReadModelStore } from "../ports/ReadModel.js"
import { practiceCatalogue } from "../practices/practiceReadModels.js"
import { trackOverview } from "../practices/trackOverview.js"
import { tracksOn } from "../practices/tracksOn.js"
import { type BudgetLine, budgetTotal, totalsBySource } from "../routes/Budget.js"
import type { ItemId } from "../routes/commands.js"
import type {
  PartnerBudget,
  PhaseMatrixRow,
  ProgressReport,
  ProposalBudget,
  ReportReference,
  ThemeTotals,
} from "../routes/ProgressReport.js"
import { itemOverview } from "../routes/readModels.js"
import { Health } from "./Health.js"
import { Programme } from "./Programme.js"
import { progressSignals } from "./progressSignals.js"
import { signalRegister } from "./signalRegister.js"

/** How far ahead the report lists upcoming milestones, in days. */
const agendaHorizon = 30

/**
 * The programme's state as of `asOf`, as a voortgangsrapportage reports it: read from the read
 * models (catalogue, tracks, items, spending, milestones, signals, information products), the
 * budget ledger and the `health` service, under the governance model in force on `asOf`. Tracks
 * stand as on `asOf` after mergers, milestones are late or due as of `asOf`, and signals up to
 * `asOf` count. `weerbaar report --date` shows exactly these figures.
 *
 * @example
 * ```ts
 * const report = yield* progressReportOn(calendarDate("2017-03-01"))
 * report.themes.map((t) => [t.theme, t.phases.in_uitvoering])
 * ```
 * @category progress report
 */
export const progressReportOn = (asOf: CalendarDate) =>
  Effect.gen(function* () {
    const programme = yield* Programme
    const readModels = yield* ReadModelStore
    const model = yield* programme.modelOn(asOf)
    const nameOf = (id: string) => model.organisations.find((o) => o.id === id)?.name ?? id
    const catalogue = yield* queryAll(readModels, practiceCatalogue)
    const titles = new Map(catalogue.map((p) => [p.practiceId, p.title]))
    const tracks = tracksOn(model, yield* queryAll(readModels, trackOverview), asOf)
    const municipalities = areaOn(model, asOf).map((id) => ({ id: id as string, name: nameOf(id) }))
    const themeOrder = model.themes.map((t) => t.id as string)
    const rank = (theme: string) => (themeOrder.includes(theme) ? themeOrder.indexOf(theme) : themeOrder.length)
    const matrix: ReadonlyArray<PhaseMatrixRow> = [...catalogue]
      .sort((a, b) => rank(a.theme) - rank(b.theme))
      .map((p) => ({
        practiceId: p.practiceId,
        title: p.title,
        theme: p.theme,
        status: p.status,
        ...(p.network === undefined ? {} : { network: p.network }),
        phases: Object.fromEntries(
          municipalities.map((m) => [
            m.id,
            tracks.find((t) => t.practiceId === p.practiceId && t.municipality === m.id)?.phase ?? "geen",
          ]),
        ),
      }))
    const referenced = referenceMunicipalitiesOn(model, asOf)
    const references: ReadonlyArray<ReportReference> = referenced.map((r) => ({
      id: r.id,
      name: nameOf(r.id),
      ...(r.reason === undefined ? {} : { reason: r.reason }),
      tracks: tracks
        .filter((t) => t.municipality === r.id && t.phase !== "geen")
        .map((t) => ({ practiceId: t.practiceId, title: titles.get(t.practiceId) ?? t.practiceId, phase: t.phase })),
    }))
    return {
      asOf,
      municipalities,
      matrix,
      themes: themeTotals(matrix, themeOrder),
      references,
      budget: yield* budgetOf(model),
      health: yield* (yield* Health).health(asOf),
      agenda: milestoneAgenda(yield* queryAll(readModels, milestoneOverview), asOf, agendaHorizon),
      signals: progressSignals(yield* queryAll(readModels, signalRegister), model, titles, asOf),
      information: (yield* queryAll(readModels, informationCatalogue)).map((p) => ({
        productId: p.productId,
        kind: p.kind,
        producer: p.producer,
        scope: p.scope,
        themes: p.themes,
        classification: p.classification,
        status: p.status,
        startedOn: p.startedOn,
        ...(p.deliveredOn === undefined ? {} : { deliveredOn: p.deliveredOn }),
      })),
    } satisfies ProgressReport
  })

// Per theme of the model (and any other theme a measure has): its measures, and per phase the
// tracks of the matrix in it.
const themeTotals = (matrix: ReadonlyArray<PhaseMatrixRow>, themeOrder: ReadonlyArray<string>) =>
  [...new Set([...themeOrder, ...matrix.map((r) => r.theme)])].map((theme): ThemeTotals => {
    const rows = matrix.filter((r) => r.theme === theme)
    const phases: Record<string, number> = {}
    for (const phase of rows.flatMap((r) => Object.values(r.phases))) phases[phase] = (phases[phase] ?? 0) + 1
    return { theme, measures: rows.length, networkMeasures: rows.filter((r) => r.network !== undefined).length, phases }
  })

// The budget: available under the model in force, committed by the ledger, and per accorded
// proposal and per partner organisation their lines, their totals per funding source and what was
// spent on them. "Committed" is the ledger's: programme-funded lines only.
const budgetOf = (model: GovernanceModel) =>
  Effect.gen(function* () {
    const programme = yield* Programme
    const readModels = yield* ReadModelStore
    const accorded = yield* queryAll(readModels, itemOverview, { status: "accorded" })
    const spending = yield* queryAll(readModels, lineSpending)
    const proposals: Array<ProposalBudget> = []
    const partners = new Map<string, { lines: Array<BudgetLine>; spent: number }>()
    const allLines: Array<BudgetLine> = []
    const partner = (organisation: string) => {
      const current = partners.get(organisation) ?? { lines: [], spent: 0 }
      partners.set(organisation, current)
      return current
    }
    for (const row of accorded) {
      const item = yield* programme.item(row.itemId as ItemId)
      if (!item.exists) continue
      const spent = spending.filter((s) => s.itemId === row.itemId)
      for (const line of item.content.budget) partner(line.organisation).lines.push(line)
      allLines.push(...item.content.budget)
      for (const s of spent) partner(s.organisation).spent += s.spent
      proposals.push({
        itemId: row.itemId,
        title: row.title,
        status: row.status,
        committed: item.decisions
          .filter((d) => d.final && d.outcome === "accord" && d.revokedBy === undefined)
          .reduce((sum, d) => sum + d.committedBudget, 0),
        budgeted: row.budgetTotal,
        funding: totalsBySource(item.content.budget),
        spent: spent.reduce((sum, s) => sum + s.spent, 0),
      })
    }
    const ledger = yield* programme.budget
    return {
      available: model.programme.availableBudget,
      committed: ledger.committed,
      funding: totalsBySource(allLines),
      proposals,
      partners: [...partners]
        .map(
          ([organisation, p]): PartnerBudget => ({
            organisation,
            name: model.organisations.find((o) => o.id === organisation)?.name ?? organisation,
            budgeted: budgetTotal(p.lines),
            funding: totalsBySource(p.lines),
            spent: p.spent,
          }),
        )
        .sort((a, b) => a.organisation.localeCompare(b.organisation)),
    }
  })
