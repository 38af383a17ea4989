import { type Governance, Health, Kernel, Route, type Store } from "@weerbaar/core"
import { accorded, itemId, model, now } from "./routeFixtures.js"

/** The accorded measure of the route fixtures: bv-hennep, accorded 2016-06-01, € 25.000 for the police. */
export const measure = (): Health.AccordedMeasure => {
  const m = Health.accordedMeasureOf(Kernel.fold(Route.routeDecider, accorded()))
  if (m === undefined) throw new Error("fixture: bv-hennep is not accorded")
  return m
}

export const executionCtx = (actor: Governance.PersonId, date = "2016-06-15"): Health.ExecutionContext => ({
  actor,
  model,
  now: now(date),
  measure: measure(),
})

/** The context of a command on a proposal that is not (or no longer) accorded. */
export const notAccordedCtx = (actor: Governance.PersonId, date = "2016-06-15"): Health.ExecutionContext => ({
  ...executionCtx(actor, date),
  measure: undefined,
})

export const confirm = (organisation = "politie-oost-nederland") =>
  new Health.ConfirmPart({ itemId, organisation: organisation as Governance.OrganisationId })

export const spend = (amount: number, spentOn = "2016-06-10", category = "projectleiding") =>
  new Health.ReportSpending({
    itemId,
    line: { category, organisation: "politie-oost-nederland" as Governance.OrganisationId, year: 2016 },
    amount: amount as Health.ReportSpending["amount"],
    spentOn: Kernel.calendarDate(spentOn),
    description: "Inhuur projectleider hennepaanpak",
  })

export const line = (
  category: string,
  organisation: string,
  amount: number,
  year = 2016,
  funding?: Route.FundingSource,
) =>
  new Route.BudgetLine({
    category,
    organisation: organisation as Governance.OrganisationId,
    year,
    amount: amount as Route.BudgetLine["amount"],
    ...(funding === undefined ? {} : { funding }),
  })

export const measureWith = (overrides: Partial<Health.AccordedMeasure>): Health.AccordedMeasure => ({
  itemId: "bv-test" as Route.ItemId,
  decisionId: "besluit-dvo-test",
  accordedOn: Kernel.calendarDate("2016-06-01"),
  practices: ["bp-hennepconvenant"],
  budget: [line("projectleiding", "politie-oost-nederland", 2_500_000)],
  tasks: [],
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
): Store.StoredEvent => ({
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
  recordedAt: `${on}T10:00:00.000Z` as Kernel.Timestamp,
  hash: "",
})
