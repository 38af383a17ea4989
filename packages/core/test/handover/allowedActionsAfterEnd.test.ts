import { decidedRuleBook } from "@weerbaar/core/testing"
import { assert, describe, it } from "@effect/vitest"
import { Effect, FastCheck as fc, Layer } from "effect"
import { Governance, Handover, Kernel, Programme, Route, Store } from "@weerbaar/core"
import { programmeEnded } from "../support/programmeEndFixtures.js"

const model = Governance.samenWeerbaar()
const itemId = Route.ItemId.make("bv-na-einde")
const drafter = Governance.PersonId.make("trekker-eg-ondermijnende-criminaliteit")
const ended = programmeEnded

const services = () =>
  Programme.programmeServices.pipe(
    Layer.provideMerge(Store.InMemoryEventStore.withReadModels(Programme.programmeReadModels)),
    Layer.provideMerge(Store.IdGenerator.sequential),
    Layer.provideMerge(Store.ProgrammeClock.settable("2017-05-01T09:00:00Z")),
  )

// The item is drafted before the end; the Stuurgroep may have returned it, which starts its route again.
const itemBeforeTheEnd = (returned: boolean) =>
  Effect.gen(function* () {
    const programme = yield* Programme.Programme
    yield* decidedRuleBook(model)
    yield* programme.route(
      drafter,
      new Route.DraftItem({
        itemId,
        kind: "beleidsvoorstel",
        draftingBody: Governance.BodyId.make("eg-ondermijnende-criminaliteit"),
        content: {
          title: "Voorstel van voor het einde",
          description: "",
          budget: [
            new Route.BudgetLine({
              category: "projectleiding",
              organisation: Governance.OrganisationId.make("politie-oost-nederland"),
              year: 2017,
              amount: Kernel.cents(1_000_000),
            }),
          ],
          practices: [],
        },
      }),
    )
    if (!returned) return
    yield* programme.route(drafter, new Route.SubmitItem({ itemId }))
    const date = Kernel.calendarDate("2017-05-01")
    yield* programme.route(
      Governance.PersonId.make("secretaris-stuurgroep"),
      new Route.RecordDecision({
        itemId,
        decisionId: Route.DecisionId.make("sg-terug"),
        body: Governance.BodyId.make("stuurgroep"),
        outcome: "return",
        meetingDate: date,
        attendance: Governance.votingMembersOn(model, Governance.BodyId.make("stuurgroep"), date),
        recused: [],
        votes: [],
        rationale: "Besproken in de vergadering.",
        remarks: "Eerst de begroting uitwerken.",
      }),
    )
  })

const endTheProgramme = Effect.flatMap(Store.EventStore, (store) =>
  store.append(
    [
      {
        streamId: Handover.programmeEndStreamId,
        expectedVersion: 0,
        events: [Handover.programmeEndEventCodec.toNewEvent(ended)],
      },
    ],
    { actor: "secretaris-dvo" },
  ),
)

const codes = (action: Route.AllowedAction | undefined) => action?.reasons.map((r) => r.code) ?? []
const submitOf = (actions: ReadonlyArray<Route.AllowedAction>) => actions.find((a) => a.action === "submit")

describe("allowedActions after the programme's end", () => {
  it.effect(
    "given an item drafted before the end, when the drafter asks after the end, then submitting is not allowed, naming the decision",
    () =>
      Effect.gen(function* () {
        const programme = yield* Programme.Programme
        yield* itemBeforeTheEnd(false)
        assert.strictEqual(submitOf(yield* programme.allowedActions(drafter, itemId))?.allowed, true)
        yield* endTheProgramme
        const actions = yield* programme.allowedActions(drafter, itemId)
        const submit = submitOf(actions)
        assert.strictEqual(submit?.allowed, false)
        assert.deepStrictEqual(codes(submit), ["programme.ended"])
        assert.strictEqual(submit?.reasons[0]?.facts.decision, "dvo-2017-einde")
        assert.include(submit?.reasons[0]?.explanation.nl ?? "", "dvo-2017-einde")
        // Work that goes on is still open to the drafter.
        assert.isTrue(actions.find((a) => a.action === "withdraw")?.allowed)
        // What allowedActions refuses, the route refuses for the same reason.
        const refused = yield* Effect.flip(programme.route(drafter, new Route.SubmitItem({ itemId })))
        assert.deepStrictEqual(refused instanceof Kernel.Refused ? refused.codes : [], ["programme.ended"])
      }).pipe(Effect.provide(services())),
  )

  it.effect.prop(
    "for every person and item, after the end no action that starts new work is allowed and each names programme.ended; every other action is judged as before",
    [fc.constantFrom(...model.persons.map((p) => p.id)), fc.boolean()],
    ([person, returned]) =>
      Effect.gen(function* () {
        const programme = yield* Programme.Programme
        yield* itemBeforeTheEnd(returned)
        const before = yield* programme.allowedActions(person, itemId)
        yield* endTheProgramme
        const after = yield* programme.allowedActions(person, itemId)
        assert.strictEqual(after.length, before.length)
        after.forEach((action, i) => {
          const earlier = before[i]!
          if (action.action === "submit") {
            assert.isFalse(action.allowed)
            assert.deepStrictEqual(codes(action), [...codes(earlier), "programme.ended"])
          } else {
            assert.deepStrictEqual(action, earlier)
          }
        })
      }).pipe(Effect.provide(services())),
    { fastCheck: { numRuns: 60 } },
  )
})
