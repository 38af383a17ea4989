import {
  BodyId,
  BudgetLine,
  calendarDate,
  cents,
  ClockControl,
  DecisionId,
  DraftItem,
  type EventStore,
  IdGenerator,
  type ItemContent,
  ItemId,
  type Meeting,
  OrganisationId,
  PersonId,
  Programme,
  ProgrammeClock,
  ProgrammeRuntime,
  type ReadModelStore,
  RecordDecision,
  samenWeerbaar,
  SubmitItem,
  votingMembersOn,
} from "@weerbaar/core"
import { ok } from "node:assert/strict"
import { Effect, Layer } from "effect"

/**
 * The store a programme scenario runs on: an `EventStore` with a `ReadModelStore` that keeps the
 * route's read models (`routeReadModels`). Building it must give a fresh, empty store.
 * @category testing
 */
export type ScenarioStore = Layer.Layer<EventStore | ReadModelStore, unknown>

/** One scenario of the approval story: `run` fails or throws when the store misbehaves. @category testing */
export interface ProgrammeScenario {
  readonly name: string
  readonly run: (store: ScenarioStore) => Effect.Effect<void, unknown>
}

/** The governance model every scenario adopts: the Samen Weerbaar preset. @category testing */
export const scenarioModel = samenWeerbaar()

/** The item the scenarios route: a beleidsvoorstel on hennepteelt. @category testing */
export const scenarioItemId = ItemId.make("bv-hennep")

/** The people who act in the scenarios, each a member of the preset's bodies. @category testing */
export const scenarioPersons = {
  drafter: PersonId.make("lid-eg-oc-rheden"),
  trekker: PersonId.make("trekker-eg-ondermijnende-criminaliteit"),
  stuurgroepSecretaris: PersonId.make("secretaris-stuurgroep"),
  dvoSecretaris: PersonId.make("secretaris-dvo"),
}

/** The item's content with one budget line of `amount` cents. @category testing */
export const scenarioContent = (amount: number): ItemContent => ({
  title: "Integrale aanpak hennepteelt",
  description: "Bestuurlijke aanpak van hennepteelt in woningen en op het buitengebied.",
  budget: [
    new BudgetLine({
      category: "projectleiding",
      organisation: OrganisationId.make("politie-oost-nederland"),
      year: 2016,
      amount: cents(amount),
    }),
  ],
  practices: ["bp-hennepconvenant"],
})

/** A meeting of `body` on `date` where every entitled member is present and agrees. @category testing */
export const fullMeeting = (body: string, date: string): Meeting => ({
  meetingDate: calendarDate(date),
  attendance: votingMembersOn(scenarioModel, body, calendarDate(date)),
  recused: [],
  votes: [],
  rationale: "Besproken in de vergadering.",
})

/** The expert group drafts the item with a budget of 25.000 euro. @category testing */
export const draftHennep = new DraftItem({
  itemId: scenarioItemId,
  kind: "beleidsvoorstel",
  draftingBody: BodyId.make("eg-ondermijnende-criminaliteit"),
  content: scenarioContent(2_500_000),
})

/**
 * `body`'s decision `id` on the item at a full meeting on `date`; a return carries remarks, and
 * `extra` overrides any field.
 * @category testing
 */
export const decide = (
  body: string,
  outcome: RecordDecision["outcome"],
  id: string,
  date: string,
  extra: Partial<RecordDecision> = {},
): RecordDecision =>
  new RecordDecision({
    itemId: scenarioItemId,
    decisionId: DecisionId.make(id),
    body: BodyId.make(body),
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
export const programmeOn = (store: ScenarioStore, aroundStore?: Layer.Layer<EventStore, never, EventStore>) =>
  Programme.layer.pipe(
    Layer.provideMerge(ProgrammeRuntime.layer),
    aroundStore === undefined ? (l) => l : Layer.provide(aroundStore),
    Layer.provideMerge(store),
    Layer.provideMerge(IdGenerator.sequential),
    Layer.provideMerge(ProgrammeClock.settable("2016-03-01T09:00:00Z")),
  )

/** The Stuurgroep's secretary adopts the model. @category testing */
export const adopted = Effect.flatMap(Programme, (p) =>
  p.adoptModel(scenarioModel, scenarioPersons.stuurgroepSecretaris),
)

/** Sets the programme's clock to 10:00 on `date`. @category testing */
export const at = (date: string) => Effect.flatMap(ClockControl, (c) => c.set(`${date}T10:00:00Z`))

/** The model adopted, the item drafted, submitted and approved by the Stuurgroep: due at the DVO. @category testing */
export const approvedByStuurgroep = Effect.gen(function* () {
  const programme = yield* Programme
  yield* adopted
  yield* programme.route(scenarioPersons.drafter, draftHennep)
  yield* programme.route(scenarioPersons.trekker, new SubmitItem({ itemId: scenarioItemId }))
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
