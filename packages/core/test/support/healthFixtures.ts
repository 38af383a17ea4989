import {
  type AccordedMeasure,
  accordedMeasureOf,
  BudgetLine,
  calendarDate,
  ConfirmPart,
  type ExecutionContext,
  fold,
  type ItemId,
  type OrganisationId,
  type PersonId,
  ReportSpending,
  routeDecider,
  type StoredEvent,
  type Timestamp,
} from "@weerbaar/core"
import { accorded, itemId, model, now } from "./routeFixtures.js"

/** The accorded measure of the route fixtures: bv-hennep, accorded 2016-06-01, € 25.000 for the police. */
export const measure = (): AccordedMeasure => {
  const m = accordedMeasureOf(fold(routeDecider, accorded()))
  if (m === undefined) throw new Error("fixture: bv-hennep is not accorded")
  return m
}

export const executionCtx = (actor: PersonId, date = "2016-06-15"): ExecutionContext => ({
  actor,
  model,
  now: now(date),
  measure: measure(),
})

/** The context of a command on a proposal that is not (or no longer) accorded. */
export const notAccordedCtx = (actor: PersonId, date = "2016-06-15"): ExecutionContext => ({
  ...executionCtx(actor, date),
  measure: undefined,
})

export const confirm = (organisation = "politie-oost-nederland") =>
  new ConfirmPart({ itemId, organisation: organisation as OrganisationId })

export const spend = (amount: number, spentOn = "2016-06-10", category = "projectleiding") =>
  new ReportSpending({
    itemId,
    line: { category, organisation: "politie-oost-nederland" as OrganisationId, year: 2016 },
    amount: amount as ReportSpending["amount"],
    spentOn: calendarDate(spentOn),
    description: "Inhuur projectleider hennepaanpak",
  })

export const line = (category: string, organisation: string, amount: number, year = 2016) =>
  new BudgetLine({
    category,
    organisation: organisation as OrganisationId,
    year,
    amount: amount as BudgetLine["amount"],
  })

export const measureWith = (overrides: Partial<AccordedMeasure>): AccordedMeasure => ({
  itemId: "bv-test" as ItemId,
  decisionId: "besluit-dvo-test",
  accordedOn: calendarDate("2016-06-01"),
  practices: ["bp-hennepconvenant"],
  budget: [line("projectleiding", "politie-oost-nederland", 2_500_000)],
  ...overrides,
})

let position = 0
/** A track event as the practices module stores it (`TrackMoved` on `track-<practiceId>-<municipality>`). */
export const trackMoved = (
  practiceId: string,
  municipality: string,
  from: string,
  to: string,
  on: string,
): StoredEvent => ({
  position: ++position,
  streamId: `track-${practiceId}-${municipality}`,
  version: 1,
  type: "TrackMoved",
  schemaVersion: 1,
  payload: {
    _tag: "TrackMoved",
    practiceId,
    municipality,
    theme: "ondermijnende-criminaliteit",
    from,
    to,
    on,
    movedBy: "lid-eg-oc-rheden",
    at: `${on}T10:00:00.000Z`,
  },
  metadata: {},
  recordedAt: `${on}T10:00:00.000Z` as Timestamp,
  hash: "",
})
