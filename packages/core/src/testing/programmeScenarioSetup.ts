import { Governance, Kernel, Programme, Route, Store } from "@weerbaar/core"
import { ok } from "node:assert/strict"
import { Effect, Layer } from "effect"
import { decidedRuleBook } from "./decidedRuleBook.js"

/**
 * The store a programme scenario runs on: an `EventStore` with a `ReadModelStore` that keeps the
 * route's read models (`routeReadModels`). Building it must give a fresh, empty store.
 * @category testing
 */
export type ScenarioStore = Layer.Layer<Store.EventStore | Store.ReadModelStore, unknown>

/** One scenario of the approval story: `run` fails or throws when the store misbehaves. @category testing */
export interface ProgrammeScenario {
  readonly name: string
  readonly run: (store: ScenarioStore) => Effect.Effect<void, unknown>
}

/** The governance model every scenario adopts: the Samen Weerbaar preset. @category testing */
export const scenarioModel = Governance.samenWeerbaar()

/** The item the scenarios route: a beleidsvoorstel on hennepteelt. @category testing */
export const scenarioItemId = Route.ItemId.make("bv-hennep")

/** The people who act in the scenarios, each a member of the preset's bodies. @category testing */
export const scenarioPersons = {
  drafter: Governance.PersonId.make("lid-eg-oc-rheden"),
  trekker: Governance.PersonId.make("trekker-eg-ondermijnende-criminaliteit"),
  stuurgroepSecretaris: Governance.PersonId.make("secretaris-stuurgroep"),
  dvoSecretaris: Governance.PersonId.make("secretaris-dvo"),
}

/** The item's content with one budget line of `amount` cents. @category testing */
export const scenarioContent = (amount: number): Route.ItemContent => ({
  title: "Integrale aanpak hennepteelt",
  description: "Bestuurlijke aanpak van hennepteelt in woningen en op het buitengebied.",
  budget: [
    new Route.BudgetLine({
      category: "projectleiding",
      organisation: Governance.OrganisationId.make("politie-oost-nederland"),
      year: 2016,
      amount: Kernel.cents(amount),
    }),
  ],
  practices: ["bp-hennepconvenant"],
})

/** A meeting of `body` on `date` where every entitled member is present and agrees. @category testing */
export const fullMeeting = (body: string, date: string): Route.Meeting => ({
  meetingDate: Kernel.calendarDate(date),
  attendance: Governance.votingMembersOn(scenarioModel, Governance.BodyId.make(body), Kernel.calendarDate(date)),
  substitutes: [],
  recused: [],
  votes: [],
  rationale: "Besproken in de vergadering.",
})

/** The expert group drafts the item with a budget of 25.000 euro. @category testing */
export const draftHennep = new Route.DraftItem({
  itemId: scenarioItemId,
  kind: "beleidsvoorstel",
  draftingBody: Governance.BodyId.make("eg-ondermijnende-criminaliteit"),
  content: scenarioContent(2_500_000),
})

/**
 * `body`'s decision `id` on the item at a full meeting on `date`; a return carries remarks, and
 * `extra` overrides any field.
 * @category testing
 */
export const decide = (
  body: string,
  outcome: Route.RecordDecision["outcome"],
  id: string,
  date: string,
  extra: Partial<Route.RecordDecision> = {},
): Route.RecordDecision =>
  new Route.RecordDecision({
    itemId: scenarioItemId,
    decisionId: Route.DecisionId.make(id),
    body: Governance.BodyId.make(body),
    outcome,
    ...fullMeeting(body, date),
    ...(outcome === "return" ? { remarks: "Begroting per gemeente uitsplitsen." } : {}),
    ...extra,
  })

/**
 * The programme on `store` with sequential ids and a settable clock at 1 March 2016;
 * `aroundStore` (a wrapper of the store) stands between the programme and the store.
 * @category testing
 */
export const programmeOn = (
  store: ScenarioStore,
  aroundStore?: Layer.Layer<Store.EventStore, never, Store.EventStore>,
) =>
  Programme.Programme.layer.pipe(
    Layer.provideMerge(Programme.ProgrammeRuntime.layer),
    aroundStore === undefined ? (l) => l : Layer.provide(aroundStore),
    Layer.provideMerge(store),
    Layer.provideMerge(Store.IdGenerator.sequential),
    Layer.provideMerge(Store.ProgrammeClock.settable("2016-03-01T09:00:00Z")),
  )

/** The model founds the store and comes into force by the DVO's decision on the programme plan. @category testing */
export const adopted = decidedRuleBook(scenarioModel)

/** Sets the programme's clock to 10:00 on `date`. @category testing */
export const at = (date: string) => Effect.flatMap(Store.ClockControl, (c) => c.set(`${date}T10:00:00Z`))

/** The model adopted, the item drafted, submitted and approved by the Stuurgroep: due at the DVO. @category testing */
export const approvedByStuurgroep = Effect.gen(function* () {
  const programme = yield* Programme.Programme
  yield* adopted
  yield* programme.route(scenarioPersons.drafter, draftHennep)
  yield* programme.route(scenarioPersons.trekker, new Route.SubmitItem({ itemId: scenarioItemId }))
  yield* at("2016-04-07")
  yield* programme.route(
    scenarioPersons.stuurgroepSecretaris,
    decide("stuurgroep", "approve", "besluit-sg", "2016-04-07"),
  )
})

/** Fails unless `list` holds every one of `members`. @category testing */
export const includesAll = <A>(list: ReadonlyArray<A>, members: ReadonlyArray<A>, message?: string): void => {
  const missing = members.filter((m) => !list.includes(m))
  ok(missing.length === 0, message ?? `expected ${JSON.stringify(list)} to include ${JSON.stringify(missing)}`)
}

/** Fails if `list` holds `member`. @category testing */
export const excludes = <A>(list: ReadonlyArray<A>, member: A, message?: string): void => {
  ok(!list.includes(member), message ?? `expected ${JSON.stringify(list)} not to include ${JSON.stringify(member)}`)
}
