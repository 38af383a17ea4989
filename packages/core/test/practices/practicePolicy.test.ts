import { assert, describe, it } from "@effect/vitest"
import { Either } from "effect"
import { Governance, Kernel, Practice, Programme, Route } from "@weerbaar/core"
import { accordedPractice, ctx, evaluate, persons, practiceId, tried } from "../support/practiceFixtures.js"
import { fullMeeting, history } from "../support/routeFixtures.js"

const overdracht = Route.ItemId.make("overdracht-1")
const draftHandover = () =>
  history([
    persons.stuurgroep,
    new Route.DraftItem({
      itemId: overdracht,
      kind: "overdracht",
      draftingBody: Governance.BodyId.make("stuurgroep"),
      content: { title: "Overdracht", description: "", budget: [], practices: [practiceId] },
    }),
  ])

const executed = (level: Parameters<typeof evaluate>[1]): Array<Practice.PracticeEvent> => {
  const events = [...accordedPractice()]
  for (const [actor, command] of [
    [persons.trekker, new Practice.StartExecution({ practiceId })],
    [persons.lid, evaluate("uitvoering", level)],
  ] as const) {
    const result = Practice.practiceDecider.decide(command, Kernel.fold(Practice.practiceDecider, events), ctx(actor))
    if (result._tag === "Left") throw new Error(result.left.message)
    events.push(...result.right.events)
  }
  return events
}

// The practice and handover rules a route command meets through the practice policy, decided as the
// runtime decides it: the policy's checks, then its reactions on the practice decider.
const codes = (command: Route.RouteCommand, item: Array<Route.RouteEvent>, practice: Array<Practice.PracticeEvent>) => {
  const state = Kernel.fold(Route.routeDecider, item)
  const actor = state.exists && state.kind === "beleidsvoorstel" ? persons.trekker : persons.stuurgroep
  const practices = new Map([[Practice.practiceStreamId(practiceId), Kernel.fold(Practice.practiceDecider, practice)]])
  const decided = Programme.decideWithPolicies(
    Route.routeDecider,
    [Practice.practicePolicy],
    command,
    state,
    ctx(actor),
    practices,
  )
  return Either.isLeft(decided) ? decided.left.codes : []
}

describe("the practice policy on the approval routes", () => {
  it("practice.not-proposable: a proposal is submitted only with practices that may be proposed", () => {
    const proposal = history([
      persons.lid,
      new Route.DraftItem({
        itemId: Route.ItemId.make("bv-2"),
        kind: "beleidsvoorstel",
        draftingBody: Governance.BodyId.make("eg-ondermijnende-criminaliteit"),
        content: {
          title: "Tweede voorstel",
          description: "",
          budget: [
            new Route.BudgetLine({
              category: "projectleiding",
              organisation: Governance.OrganisationId.make("rheden"),
              year: 2016,
              amount: Kernel.Cents.make(500_000),
            }),
          ],
          practices: [practiceId, "bp-niet-in-catalogus"],
        },
      }),
    ])
    assert.deepStrictEqual(
      codes(new Route.SubmitItem({ itemId: Route.ItemId.make("bv-2") }), proposal, accordedPractice()),
      ["practice.not-proposable"],
    )
    assert.deepStrictEqual(codes(new Route.SubmitItem({ itemId: Route.ItemId.make("bv-2") }), proposal, tried()), [])
  })

  it("handover.not-evaluated: only evaluated practices are handed over", () => {
    assert.deepStrictEqual(codes(new Route.SubmitItem({ itemId: overdracht }), draftHandover(), accordedPractice()), [
      "handover.not-evaluated",
    ])
  })

  it("handover.evidence-below-minimum: the evaluation reaches the configured minimum", () => {
    assert.deepStrictEqual(
      codes(new Route.SubmitItem({ itemId: overdracht }), draftHandover(), executed("goed-beschreven")),
      ["handover.evidence-below-minimum"],
    )
    assert.deepStrictEqual(
      codes(new Route.SubmitItem({ itemId: overdracht }), draftHandover(), executed("goed-onderbouwd")),
      [],
    )
  })

  it("handover.practice-unknown and handover.no-practices: a handover lists catalogued practices", () => {
    assert.deepStrictEqual(codes(new Route.SubmitItem({ itemId: overdracht }), draftHandover(), []), [
      "handover.practice-unknown",
    ])
    const empty = history([
      persons.stuurgroep,
      new Route.DraftItem({
        itemId: overdracht,
        kind: "overdracht",
        draftingBody: Governance.BodyId.make("stuurgroep"),
        content: { title: "Overdracht", description: "", budget: [], practices: [] },
      }),
    ])
    assert.deepStrictEqual(codes(new Route.SubmitItem({ itemId: overdracht }), empty, []), ["handover.no-practices"])
  })

  it("the Stuurgroep's final approval is checked again, for a practice that changed meanwhile", () => {
    const submitted = [...draftHandover(), ...history()]
    const state = Kernel.fold(Route.routeDecider, submitted)
    const events = Route.routeDecider.decide(
      new Route.SubmitItem({ itemId: overdracht }),
      state,
      ctx(persons.stuurgroep),
    )
    const onRoute = [...submitted, ...(events._tag === "Right" ? events.right.events : [])]
    const approve = new Route.RecordDecision({
      itemId: overdracht,
      decisionId: Route.DecisionId.make("sg-overdracht"),
      body: Governance.BodyId.make("stuurgroep"),
      outcome: "approve",
      ...fullMeeting("stuurgroep"),
    })
    assert.deepStrictEqual(codes(approve, onRoute, accordedPractice()), ["handover.not-evaluated"])
    assert.deepStrictEqual(codes(approve, onRoute, executed("goed-onderbouwd")), [])
  })
})
