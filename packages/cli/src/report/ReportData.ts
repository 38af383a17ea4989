import { Governance, Health, type Kernel, Milestone, Practice, Programme, Route, Store } from "@weerbaar/core"
import { Effect } from "effect"
import { type ReportSignalGroup, signalSection } from "./signalSection.js"

/** One row of the phase matrix: a measure and its phase in every municipality of the programme. */
// What a decision decided, for the timeline: an item's outcome, or a pilot, exemption or the end.
const decisionText = (d: Route.DecisionRegisterRow): string =>
  d.subject === "pilotgemeente"
    ? `designates ${d.municipality} pilot municipality for ${d.itemId}`
    : d.subject === "vrijstelling"
      ? `exempts ${d.municipality} from ${d.itemId}`
      : d.subject === "programma-einde"
        ? "ends the programme"
        : `${d.outcome} ${d.itemKind} ${d.itemId} (v${d.version})`

export interface MatrixRow {
  readonly practiceId: string
  readonly title: string
  readonly theme: string
  readonly status: string
  /** Per municipality id: the track's phase, or `geen` before its first move. */
  readonly phases: Readonly<Record<string, string>>
}

/** A reference municipality (outside the area) and the measures it has a track of. */
export interface ReferenceRow {
  readonly id: string
  readonly name: string
  readonly reason: string | undefined
  readonly tracks: ReadonlyArray<{ readonly practiceId: string; readonly title: string; readonly phase: string }>
}

/** An entry of the timeline: a milestone or a decision, on its date. */
export interface TimelineEntry {
  readonly date: string
  readonly kind: "milestone" | "decision"
  readonly text: string
}

/** Everything the status report shows, read from the store through the services. */
export interface ReportData {
  readonly model: Governance.GovernanceModel
  readonly asOf: Kernel.CalendarDate
  /** The municipalities of the programme's area on `asOf`: the matrix's columns. */
  readonly municipalities: ReadonlyArray<{ readonly id: string; readonly name: string }>
  readonly matrix: ReadonlyArray<MatrixRow>
  /** The reference municipalities outside the area on `asOf`, with their tracks: shown apart from the matrix. */
  readonly references: ReadonlyArray<ReferenceRow>
  readonly timeline: ReadonlyArray<TimelineEntry>
  readonly budget: { readonly available: number; readonly committed: number }
  readonly health: Health.ProgrammeHealth
  readonly agenda: Milestone.MilestoneAgenda
  /** The rules signalled (comply or explain), per municipality and measure, from the signal-register. */
  readonly signals: ReadonlyArray<ReportSignalGroup>
}

/** Reads the report's data as of `asOf` (the clock is set to it by the caller). */
export const reportData = (asOf: Kernel.CalendarDate) =>
  Effect.gen(function* () {
    const programme = yield* Programme.Programme
    const model = yield* programme.model
    const readModels = yield* Store.ReadModelStore
    const nameOf = (id: string) => model.organisations.find((o) => o.id === id)?.name ?? id
    const municipalities = Governance.areaOn(model, asOf).map((id) => ({ id: id as string, name: nameOf(id) }))
    const referenced = Governance.referenceMunicipalitiesOn(model, asOf)
    const referenceTracks = new Map<string, Array<ReferenceRow["tracks"][number]>>(referenced.map((r) => [r.id, []]))
    const tracks = yield* Practice.Tracks
    const catalogue = yield* (yield* Practice.Practices).catalogue
    const matrix: Array<MatrixRow> = []
    for (const practice of catalogue) {
      const recorded = yield* tracks.tracksOf(Practice.PracticeId.make(practice.practiceId))
      // After a merger the predecessor's track stands as its successor's (Rijnwaarden's as Zevenaar's).
      const ofPractice = Practice.tracksOn(
        model,
        recorded.flatMap((t) =>
          t.municipality === undefined
            ? []
            : [{ practiceId: practice.practiceId, municipality: t.municipality as string, phase: t.phase }],
        ),
        asOf,
      )
      for (const t of ofPractice) {
        if (t.phase !== "geen") {
          referenceTracks
            .get(t.municipality)
            ?.push({ practiceId: practice.practiceId, title: practice.description.title, phase: t.phase })
        }
      }
      const phases = Object.fromEntries(
        municipalities.map((m) => [m.id, ofPractice.find((t) => t.municipality === m.id)?.phase ?? "geen"]),
      )
      matrix.push({
        practiceId: practice.practiceId,
        title: practice.description.title,
        theme: practice.description.theme,
        status: practice.status,
        phases,
      })
    }
    const decisions = yield* Store.queryAll(readModels, Route.decisionRegister)
    const milestones = yield* Store.queryAll(readModels, Milestone.milestoneOverview)
    const bodyName = (id: string) => model.bodies.find((b) => b.id === id)?.name ?? id
    const timeline: Array<TimelineEntry> = [
      // In the order taken (a DVO accord after the Stuurgroep approval of the same day); the sort
      // by date below is stable.
      ...Route.decisionsInOrder(decisions).map((d) => ({
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
    return {
      model,
      asOf,
      municipalities,
      matrix,
      references: referenced.map((r) => ({
        id: r.id,
        name: nameOf(r.id),
        reason: r.reason,
        tracks: referenceTracks.get(r.id) ?? [],
      })),
      timeline,
      budget: yield* programme.budget,
      health: yield* (yield* Health.Health).health(asOf),
      agenda: yield* (yield* Milestone.Milestones).agenda(30),
      signals: signalSection(
        yield* Store.queryAll(readModels, Programme.signalRegister),
        model,
        new Map(catalogue.map((p) => [p.practiceId, p.description.title])),
        asOf,
      ),
    } satisfies ReportData
  })
