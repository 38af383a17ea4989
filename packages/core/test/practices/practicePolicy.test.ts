import { assert, describe, it } from "@effect/vitest"
import { Either } from "effect"
import { Governance, Kernel, Practice, Programme, Route } from "@weerbaar/core"
import {
  accordedPractice,
  ctx,
  document,
  evaluate,
  persons,
  practiceId,
  refusingModel,
  tried,
} from "../support/practiceFixtures.js"
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

const decided = (
  from: Array<Practice.PracticeEvent>,
  steps: ReadonlyArray<readonly [Governance.PersonId, Practice.PracticeCommand]>,
): Array<Practice.PracticeEvent> => {
  const events = [...from]
  for (const [actor, command] of steps) {
    const result = Practice.practiceDecider.decide(command, Kernel.fold(Practice.practiceDecider, events), ctx(actor))
    if (result._tag === "Left") throw new Error(result.left.message)
    events.push(...result.right.events)
  }
  return events
}

/** The accorded practice, documented. */
const documented = () => decided(accordedPractice(), [[persons.lid, document()]])

/** The accorded practice, documented, in execution and evaluated at `level`. */
const executed = (level: Parameters<typeof evaluate>[1]): Array<Practice.PracticeEvent> =>
  decided(documented(), [
    [persons.trekker, new Practice.StartExecution({ practiceId })],
    [persons.lid, evaluate("uitvoering", level, undefined, "2016-06-01")],
  ])

// The practice and handover rules a route command meets through the practice policy, decided as the
// runtime decides it: the policy's checks, then its reactions on the practice decider.
const codes = (
  command: Route.RouteCommand,
  item: Array<Route.RouteEvent>,
  practice: Array<Practice.PracticeEvent>,
  model?: Governance.GovernanceModel,
) => {
  const state = Kernel.fold(Route.routeDecider, item)
  const actor = state.exists && state.kind === "beleidsvoorstel" ? persons.trekker : persons.stuurgroep
  const practices = new Map([[Practice.practiceStreamId(practiceId), Kernel.fold(Practice.practiceDecider, practice)]])
  const decided = Programme.decideWithPolicies(
    Route.routeDecider,
    [Practice.practicePolicy],
    command,
    state,
    ctx(actor, undefined, model),
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

  it("handover.not-evaluated: a practice is handed over from its execution on, not before", () => {
    const submit = new Route.SubmitItem({ itemId: overdracht, reason: "Als concept, de evaluatie volgt." })
    assert.deepStrictEqual(codes(submit, draftHandover(), documented()), ["handover.not-evaluated"])
    const inExecution = decided(documented(), [[persons.trekker, new Practice.StartExecution({ practiceId })]])
    assert.deepStrictEqual(codes(submit, draftHandover(), inExecution), [])
  })

  it("handover.not-documented: a handed-over practice is documented", () => {
    assert.deepStrictEqual(
      codes(
        new Route.SubmitItem({ itemId: overdracht }),
        draftHandover(),
        decided(accordedPractice(), [
          [persons.trekker, new Practice.StartExecution({ practiceId })],
          [persons.lid, evaluate("uitvoering", "goed-onderbouwd", undefined, "2016-06-01")],
        ]),
      ),
      ["handover.not-documented"],
    )
  })

  it("handover.evidence-below-minimum: at weigeren, the evaluation reaches the configured minimum", () => {
    assert.deepStrictEqual(
      codes(new Route.SubmitItem({ itemId: overdracht }), draftHandover(), executed("goed-beschreven"), refusingModel),
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
      reason: "Als concept, de evaluatie volgt.",
    })
    assert.deepStrictEqual(codes(approve, onRoute, documented()), ["handover.not-evaluated"])
    assert.deepStrictEqual(codes(approve, onRoute, executed("goed-onderbouwd")), [])
  })
})
