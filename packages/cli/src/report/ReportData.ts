import { type Governance, type Kernel, Meeting, Milestone, Practice, Programme, Route, Store } from "@weerbaar/core"
import { Effect } from "effect"

// What a decision decided, for the timeline: an item's outcome, or a pilot, network agreement, exemption or the end.
const decisionText = (d: Route.DecisionRegisterRow): string =>
  d.subject === "pilotgemeente"
    ? `designates ${d.municipality} pilot municipality for ${d.itemId}`
    : d.subject === "netwerkafspraak"
      ? `takes note of the network agreement ${d.itemId}`
      : d.subject === "vrijstelling"
        ? `exempts ${d.municipality} from ${d.itemId}`
        : d.subject === "programma-einde"
          ? "ends the programme"
          : `${d.outcome} ${d.itemKind} ${d.itemId} (v${d.version})${d.pilotMunicipalities === undefined ? "" : ` as pilot in ${d.pilotMunicipalities.join(", ")}`}`

/** An entry of the timeline: a milestone or a decision, on its date. */
export interface TimelineEntry {
  readonly date: string
  readonly kind: "milestone" | "decision"
  readonly text: string
}

/**
 * Everything the status report shows: the figures of a progress report as of `asOf` (the same
 * ones a voortgangsrapportage freezes, from `Programme.progressReportOn`), with the model in force
 * and the timeline of decisions and milestones.
 */
export interface ReportData extends Route.ProgressReport {
  readonly model: Governance.GovernanceModel
  readonly timeline: ReadonlyArray<TimelineEntry>
  /** The figures alone, as `report --json` gives them and a voortgangsrapportage freezes them. */
  readonly figures: Route.ProgressReport
  /** The besluitenlijst of every meeting held on or before the date, in date order. */
  readonly besluitenlijsten: ReadonlyArray<Meeting.Besluitenlijst>
  /** The coherence of the measures across themes (samenhang), from the practice and track read models. */
  readonly coherence: Practice.Coherence
}

/** Reads the report's data as of `asOf`: the progress report's figures and the timeline. */
export const reportData = (asOf: Kernel.CalendarDate) =>
  Effect.gen(function* () {
    const programme = yield* Programme.Programme
    const model = yield* programme.modelOn(asOf)
    const readModels = yield* Store.ReadModelStore
    const figures = yield* Programme.progressReportOn(asOf)
    const decisions = yield* Store.queryAll(readModels, Route.decisionRegister)
    const milestones = yield* Store.queryAll(readModels, Milestone.milestoneOverview)
    const bodyName = (id: string) => model.bodies.find((b) => b.id === id)?.name ?? id
    const timeline: Array<TimelineEntry> = [
      // In the order taken (a DVO accord after the Stuurgroep approval of the same day); the sort
      // by date below is stable.
      ...Route.decisionsInOrder(decisions.filter((d) => d.datum <= asOf)).map((d) => ({
        date: d.datum,
        kind: "decision" as const,
        text: `${bodyName(d.bestuursorgaan)}: ${decisionText(d)}${d.vervaldatum === undefined ? "" : `, revoked ${d.vervaldatum}`}`,
      })),
      ...milestones.map((m) => ({
        date: m.deliveredOn ?? m.dueDate,
        kind: "milestone" as const,
        text: `${m.title} (${bodyName(m.ownerBody)}) — ${m.deliveredOn === undefined ? `due ${m.dueDate}, not delivered` : `delivered, due ${m.dueDate}`}`,
      })),
    ].sort((a, b) => a.date.localeCompare(b.date))
    const meetings = yield* Meeting.Meetings
    const held = (yield* Store.queryAll(readModels, Meeting.meetingOverview))
      .filter((m) => m.kind === "vergadering" && m.date <= asOf)
      .sort((a, b) => a.date.localeCompare(b.date) || (a.time ?? "").localeCompare(b.time ?? ""))
    const besluitenlijsten: Array<Meeting.Besluitenlijst> = []
    for (const m of held) {
      const lijst = yield* meetings.besluitenlijst(Meeting.MeetingId.make(m.id))
      if (lijst !== undefined) besluitenlijsten.push(lijst)
    }
    const coherence = yield* Practice.coherenceOfReadModels(readModels, model, asOf)
    return { ...figures, model, timeline, figures, besluitenlijsten, coherence } satisfies ReportData
  })
