import { assert, describe, it } from "@effect/vitest"
import { Either } from "effect"
import {
  BodyId,
  BudgetLine,
  Cents,
  decideWithPolicies,
  DecisionId,
  DraftItem,
  fold,
  ItemId,
  OrganisationId,
  practiceDecider,
  type PracticeEvent,
  practicePolicy,
  practiceStreamId,
  RecordDecision,
  type RouteCommand,
  routeDecider,
  type RouteEvent,
  StartExecution,
  SubmitItem,
} from "@weerbaar/core"
import { accordedPractice, ctx, evaluate, persons, practiceId, tried } from "../support/practiceFixtures.js"
import { fullMeeting, history } from "../support/routeFixtures.js"

const overdracht = ItemId.make("overdracht-1")
const draftHandover = () =>
  history([
    persons.stuurgroep,
    new DraftItem({
      itemId: overdracht,
      kind: "overdracht",
      draftingBody: BodyId.make("stuurgroep"),
      content: { title: "Overdracht", description: "", budget: [], practices: [practiceId] },
    }),
  ])

const executed = (level: Parameters<typeof evaluate>[1]): Array<PracticeEvent> => {
  const events = [...accordedPractice()]
  for (const [actor, command] of [
    [persons.trekker, new StartExecution({ practiceId })],
    [persons.lid, evaluate("uitvoering", level)],
  ] as const) {
    const result = practiceDecider.decide(command, fold(practiceDecider, events), ctx(actor))
    if (result._tag === "Left") throw new Error(result.left.message)
    events.push(...result.right)
  }
  return events
}

// The practice and handover rules a route command meets through the practice policy, decided as the
// runtime decides it: the policy's checks, then its reactions on the practice decider.
const codes = (command: RouteCommand, item: Array<RouteEvent>, practice: Array<PracticeEvent>) => {
  const state = fold(routeDecider, item)
  const actor = state.exists && state.kind === "beleidsvoorstel" ? persons.trekker : persons.stuurgroep
  const practices = new Map([[practiceStreamId(practiceId), fold(practiceDecider, practice)]])
  const decided = decideWithPolicies(routeDecider, [practicePolicy], command, state, ctx(actor), practices)
  return Either.isLeft(decided) ? decided.left.codes : []
}

describe("the practice policy on the approval routes", () => {
  it("practice.not-proposable: a proposal is submitted only with practices that may be proposed", () => {
    const proposal = history([
      persons.lid,
      new DraftItem({
        itemId: ItemId.make("bv-2"),
        kind: "beleidsvoorstel",
        draftingBody: BodyId.make("eg-ondermijnende-criminaliteit"),
        content: {
          title: "Tweede voorstel",
          description: "",
          budget: [
            new BudgetLine({
              category: "projectleiding",
              organisation: OrganisationId.make("rheden"),
              year: 2016,
              amount: Cents.make(500_000),
            }),
          ],
          practices: [practiceId, "bp-niet-in-catalogus"],
        },
      }),
    ])
    assert.deepStrictEqual(codes(new SubmitItem({ itemId: ItemId.make("bv-2") }), proposal, accordedPractice()), [
      "practice.not-proposable",
    ])
    assert.deepStrictEqual(codes(new SubmitItem({ itemId: ItemId.make("bv-2") }), proposal, tried()), [])
  })

  it("handover.not-evaluated: only evaluated practices are handed over", () => {
    assert.deepStrictEqual(codes(new SubmitItem({ itemId: overdracht }), draftHandover(), accordedPractice()), [
      "handover.not-evaluated",
    ])
  })

  it("handover.evidence-below-minimum: the evaluation reaches the configured minimum", () => {
    assert.deepStrictEqual(
      codes(new SubmitItem({ itemId: overdracht }), draftHandover(), executed("goed-beschreven")),
      ["handover.evidence-below-minimum"],
    )
    assert.deepStrictEqual(
      codes(new SubmitItem({ itemId: overdracht }), draftHandover(), executed("goed-onderbouwd")),
      [],
    )
  })

  it("handover.practice-unknown and handover.no-practices: a handover lists catalogued practices", () => {
    assert.deepStrictEqual(codes(new SubmitItem({ itemId: overdracht }), draftHandover(), []), [
      "handover.practice-unknown",
    ])
    const empty = history([
      persons.stuurgroep,
      new DraftItem({
        itemId: overdracht,
        kind: "overdracht",
        draftingBody: BodyId.make("stuurgroep"),
        content: { title: "Overdracht", description: "", budget: [], practices: [] },
      }),
    ])
    assert.deepStrictEqual(codes(new SubmitItem({ itemId: overdracht }), empty, []), ["handover.no-practices"])
  })

  it("the Stuurgroep's final approval is checked again, for a practice that changed meanwhile", () => {
    const submitted = [...draftHandover(), ...history()]
    const state = fold(routeDecider, submitted)
    const events = routeDecider.decide(new SubmitItem({ itemId: overdracht }), state, ctx(persons.stuurgroep))
    const onRoute = [...submitted, ...(events._tag === "Right" ? events.right : [])]
    const approve = new RecordDecision({
      itemId: overdracht,
      decisionId: DecisionId.make("sg-overdracht"),
      body: BodyId.make("stuurgroep"),
      outcome: "approve",
      ...fullMeeting("stuurgroep"),
    })
    assert.deepStrictEqual(codes(approve, onRoute, accordedPractice()), ["handover.not-evaluated"])
    assert.deepStrictEqual(codes(approve, onRoute, executed("goed-onderbouwd")), [])
  })
})
