import { decidedRuleBook } from "@weerbaar/core/testing"
// "May this person accord now?" — core's allowedActions against XState's can() and json-rules-engine
// answering the same rule (the DVO accords a beleidsvoorstel only when it is its turn, that is after
// the Stuurgroep approved the current version, and only through a person who acts for the DVO on
// that date) in the same run. Core answers every action of the route with its reasons in Dutch and
// English; the peers answer the one question with a boolean.
import { Governance, Kernel, Programme, Route, Store } from "@weerbaar/core"
import { Effect, Layer } from "effect"
import { Engine } from "json-rules-engine"
import { createActor, createMachine } from "xstate"
import type { BenchResult } from "./harness.js"

const model = Governance.samenWeerbaar()
const dvo = Governance.BodyId.make("dvo")
const persons = [
  "secretaris-dvo",
  "voorzitter-dvo",
  "secretaris-stuurgroep",
  "trekker-eg-ondermijnende-criminaliteit",
].map((id) => Governance.PersonId.make(id))
const today = Kernel.calendarDate("2016-04-08")
const now = Kernel.timestampOf(new Date("2016-04-08T10:00:00Z"))

/** A beleidsvoorstel drafted, submitted and approved by the Stuurgroep: the DVO's turn. */
const approvedByStuurgroep = Effect.gen(function* () {
  const programme = yield* Programme.Programme
  const itemId = Route.ItemId.make("bv-bench")
  yield* decidedRuleBook(model)
  yield* programme.route(
    Governance.PersonId.make("lid-eg-oc-riec"),
    new Route.DraftItem({
      itemId,
      kind: "beleidsvoorstel",
      draftingBody: Governance.BodyId.make("eg-ondermijnende-criminaliteit"),
      content: {
        title: "Integrale aanpak hennepteelt",
        description: "Bench.",
        budget: [
          new Route.BudgetLine({
            category: "projectleiding",
            organisation: Governance.OrganisationId.make("vggm"),
            year: 2016,
            amount: Kernel.Cents.make(1),
          }),
        ],
        practices: [],
      },
    }),
  )
  yield* programme.route(
    Governance.PersonId.make("trekker-eg-ondermijnende-criminaliteit"),
    new Route.SubmitItem({ itemId }),
  )
  yield* programme.route(
    Governance.PersonId.make("secretaris-stuurgroep"),
    new Route.RecordDecision({
      itemId,
      decisionId: Route.DecisionId.make("sg-bench"),
      body: Governance.BodyId.make("stuurgroep"),
      outcome: "approve",
      meetingDate: today,
      attendance: Governance.votingMembersOn(model, Governance.BodyId.make("stuurgroep"), today),
      rationale: "Bench.",
    }),
  )
  return (yield* programme.item(itemId)) as Route.ItemState
}).pipe(
  Effect.provide(
    Programme.Programme.layer.pipe(
      Layer.provideMerge(Programme.ProgrammeRuntime.layer),
      Layer.provideMerge(Store.InMemoryEventStore.withReadModels(Route.routeReadModels)),
      Layer.provideMerge(Store.IdGenerator.sequential),
      Layer.provideMerge(Store.ProgrammeClock.settable("2016-04-08T10:00:00Z")),
    ),
  ),
)

/** The same route as a state machine: the accord is guarded by acting for the DVO on the date. */
const routeMachine = createMachine({
  id: "beleidsvoorstel",
  initial: "draft",
  types: {} as { events: { type: "SUBMIT" } | { type: "APPROVE" } | { type: "ACCORD"; person: Governance.PersonId } },
  states: {
    draft: { on: { SUBMIT: "stuurgroep" } },
    stuurgroep: { on: { APPROVE: "dvo" } },
    dvo: {
      on: {
        ACCORD: { target: "accorded", guard: ({ event }) => Governance.mayActFor(model, event.person, dvo, today) },
      },
    },
    accorded: { type: "final" },
  },
})

const repeat = async (seconds: number, answer: (person: Governance.PersonId) => unknown | Promise<unknown>) => {
  // Warm up, then count answers in a fixed time.
  for (let i = 0; i < 2_000; i++) await answer(persons[i % persons.length]!)
  const until = performance.now() + seconds * 1000
  let count = 0
  const start = performance.now()
  while (performance.now() < until) {
    for (let i = 0; i < 200; i++) await answer(persons[(count + i) % persons.length]!)
    count += 200
  }
  return Math.round((count / (performance.now() - start)) * 1000)
}

export const run = async (): Promise<BenchResult> => {
  const state = await Effect.runPromise(approvedByStuurgroep)
  // As Programme.allowedActions answers: the route's rules, and what the budget ledger would refuse.
  const ledger = new Map([[Route.budgetLedgerStreamId, { committed: 0 }]])
  const answer = (actor: Governance.PersonId) => {
    const ctx = { actor, model, now }
    return Route.allowedActions(state, ctx, (probe) =>
      probe._tag === "RecordDecision"
        ? Programme.reactionViolations(
            [Route.budgetPolicy],
            Route.routeDecider,
            probe,
            state,
            Route.routeEventsOf(probe, state, ctx),
            ctx,
            ledger,
          )
        : [],
    )
  }

  const core = (person: Governance.PersonId) =>
    answer(person).find((a) => a.action === "decide" && a.body === "dvo" && a.outcome === "accord")?.allowed === true

  const actor = createActor(routeMachine).start()
  actor.send({ type: "SUBMIT" })
  actor.send({ type: "APPROVE" })
  const xstate = (person: Governance.PersonId) => actor.getSnapshot().can({ type: "ACCORD", person })

  const engine = new Engine([], { allowUndefinedFacts: true })
  engine.addRule({
    conditions: {
      all: [
        { fact: "turn", operator: "equal", value: "dvo" },
        { fact: "actsForDvo", operator: "equal", value: true },
      ],
    },
    event: { type: "may-accord" },
  })
  const rules = async (person: Governance.PersonId) =>
    (await engine.run({ turn: "dvo", actsForDvo: Governance.mayActFor(model, person, dvo, today) })).events.length > 0

  // The three must agree on every person before their speed means anything.
  for (const person of persons) {
    const answers = [core(person), xstate(person), await rules(person)]
    if (new Set(answers).size !== 1) throw new Error(`answers differ for ${person}: ${answers.join(", ")}`)
  }

  const seconds = 1.5
  const coreRate = await repeat(seconds, core)
  const xstateRate = await repeat(seconds, xstate)
  const rulesRate = await repeat(seconds, rules)
  const actions = answer(Governance.PersonId.make("secretaris-dvo")).length
  return {
    name: "allowed-actions",
    ratio: coreRate / xstateRate,
    goal: 0.05,
    measured: {
      "core allowedActions answers/s": coreRate,
      "xstate can() answers/s": xstateRate,
      "json-rules-engine answers/s": rulesRate,
      "core / json-rules-engine": Number((coreRate / rulesRate).toFixed(2)),
      "actions core answers per call": actions,
    },
    note: `ratio is core against XState's can(); core answers all ${actions} actions of the route with every reason, the peers one boolean`,
  }
}
