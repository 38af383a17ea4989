import { Either, FastCheck as fc } from "effect"
import { Governance, Kernel, Programme, Route } from "@weerbaar/core"
import { content, draft, model } from "./routeFixtures.js"

// Mostly the persons who act on this route, sometimes anyone of the model.
const relevant = [
  "lid-eg-oc-rheden",
  "trekker-eg-ondermijnende-criminaliteit",
  "secretaris-stuurgroep",
  "burgemeester-westervoort",
  "secretaris-dvo",
  "voorzitter-dvo",
].map((id) => Governance.PersonId.make(id))
const actors = [...relevant, ...relevant, ...relevant, ...model.persons.map((p) => p.id)]
const bodies = ["stuurgroep", "dvo", "stuurgroep", "dvo", "eg-ondermijnende-criminaliteit", "eg-weerbare-overheid"]
const outcomes: ReadonlyArray<Governance.Outcome> = [
  ...["approve", "accord", "approve", "accord", "approve", "accord", "approve", "accord"],
  ...["return", "return", "reject", "take-note"],
] as ReadonlyArray<Governance.Outcome>
const fitting: Record<string, Governance.PersonId> = {
  stuurgroep: Governance.PersonId.make("secretaris-stuurgroep"),
  dvo: Governance.PersonId.make("secretaris-dvo"),
  "eg-ondermijnende-criminaliteit": Governance.PersonId.make("trekker-eg-ondermijnende-criminaliteit"),
  "eg-weerbare-overheid": Governance.PersonId.make("trekker-eg-weerbare-overheid"),
}

type Step =
  | { readonly kind: "edit"; readonly amount: number }
  | { readonly kind: "submit" }
  | { readonly kind: "decide"; readonly body: number | "on-turn"; readonly outcome: number | "positive" }
  | { readonly kind: "withdraw" }
  | { readonly kind: "revoke" }

const step: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant("edit" as const), amount: fc.integer({ min: 0, max: 30_000_000 }) }),
  },
  { weight: 4, arbitrary: fc.constant({ kind: "submit" as const }) },
  {
    weight: 14,
    arbitrary: fc.record({
      kind: fc.constant("decide" as const),
      // Mostly the body whose turn it is, deciding positively; otherwise any body and outcome.
      body: fc.oneof({ weight: 3, arbitrary: fc.constant("on-turn" as const) }, { weight: 1, arbitrary: fc.nat() }),
      outcome: fc.oneof({ weight: 3, arbitrary: fc.constant("positive" as const) }, { weight: 1, arbitrary: fc.nat() }),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: "withdraw" as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: "revoke" as const }) },
)

/** A random sequence of commands on one item by mostly fitting actors, with a budget and an amount. */
export const scenario = fc.record({
  amount: fc.integer({ min: 0, max: 30_000_000 }),
  available: fc.integer({ min: 0, max: 100_000_000 }),
  // "fitting": the person who would act for this step; otherwise anyone of the model.
  steps: fc.array(
    fc.record({
      step,
      actor: fc.oneof({ weight: 3, arbitrary: fc.constant("fitting" as const) }, { weight: 1, arbitrary: fc.nat() }),
    }),
    { minLength: 1, maxLength: 40 },
  ),
})

const itemId = Route.ItemId.make("bv-hennep")
/** The preset with `availableBudget`, and `forces` when given. */
export const withAvailableBudget = (
  availableBudget: number,
  forces?: Governance.RuleForces,
): Governance.GovernanceModel => ({
  ...model,
  programme: { ...model.programme, availableBudget: Kernel.Cents.make(availableBudget) },
  ...(forces === undefined ? {} : { forces }),
})
/** The budget ledger's state with `committed`, as the budget policy reads it. */
export const ledgerAt = (committed: number) => new Map([[Route.budgetLedgerStreamId, { committed }]])

/** A scenario as `scenario` makes it. */
export type Scenario = typeof scenario extends fc.Arbitrary<infer A> ? A : never

/**
 * Plays a scenario under the preset (with `forces` when given): every command with valid
 * particulars (everyone present and agreeing), decided as `Programme.route` decides it.
 */
export const play = (
  s: Scenario,
  check: (
    command: Route.RouteCommand,
    actor: Governance.PersonId,
    result: ReturnType<typeof Route.routeDecider.decide>,
    ctxState: {
      events: ReadonlyArray<Route.RouteEvent>
      budget: Route.BudgetPosition
      now: Kernel.Timestamp
      model: Governance.GovernanceModel
    },
  ) => void,
  forces?: Governance.RuleForces,
) => {
  const events: Array<Route.RouteEvent> = []
  let committed = 0
  // The programme's available budget of this scenario: the budget ledger's decider keeps accords within it.
  const m = withAvailableBudget(s.available, forces)
  const initial = Route.routeDecider.decide(draft("beleidsvoorstel", s.amount), Route.routeDecider.initialState, {
    actor: Governance.PersonId.make("lid-eg-oc-rheden"),
    model: m,
    now: "2016-03-01T10:00:00.000Z" as Kernel.Timestamp,
  })
  if (Either.isLeft(initial)) throw new Error(initial.left.message)
  events.push(...initial.right.events)
  let n = 0
  for (const { step: st, actor: a } of s.steps) {
    n++
    const date = Kernel.calendarDate(new Date(Date.UTC(2016, 2, 1 + n)).toISOString().slice(0, 10))
    const now = `${date}T10:00:00.000Z` as Kernel.Timestamp
    const state = events.reduce(Route.routeDecider.evolve, Route.routeDecider.initialState)
    const onTurn = state.exists && state.step === 1 ? "dvo" : "stuurgroep"
    const bodyOf = (b: number | "on-turn") => (b === "on-turn" ? onTurn : bodies[b % bodies.length]!)
    const fittingActor =
      st.kind === "edit"
        ? Governance.PersonId.make("lid-eg-oc-rheden")
        : st.kind === "decide"
          ? fitting[bodyOf(st.body)]!
          : st.kind === "revoke"
            ? Governance.PersonId.make("secretaris-dvo")
            : Governance.PersonId.make("trekker-eg-ondermijnende-criminaliteit")
    const actor = a === "fitting" ? fittingActor : actors[a % actors.length]!
    const meeting = (body: string) => ({
      meetingDate: date,
      attendance: Governance.votingMembersOn(model, Governance.BodyId.make(body), date),
      rationale: "Besproken.",
    })
    let command: Route.RouteCommand
    switch (st.kind) {
      case "edit":
        command = new Route.EditItem({ itemId, content: content(st.amount) })
        break
      case "submit":
        command = new Route.SubmitItem({ itemId })
        break
      case "withdraw":
        command = new Route.WithdrawItem({ itemId, reason: "Niet meer nodig." })
        break
      case "decide": {
        const body = bodyOf(st.body)
        const outcome =
          st.outcome === "positive" ? (body === "dvo" ? "accord" : "approve") : outcomes[st.outcome % outcomes.length]!
        command = new Route.RecordDecision({
          itemId,
          decisionId: Route.DecisionId.make(`besluit-${n}`),
          body: Governance.BodyId.make(body),
          outcome,
          ...meeting(body),
          ...(outcome === "return" ? { remarks: "Aanvullen." } : {}),
        })
        break
      }
      case "revoke": {
        const final = state.exists ? state.decisions.find((d) => d.final && d.revokedBy === undefined) : undefined
        const body = final?.body ?? "dvo"
        command = new Route.RevokeDecision({
          itemId,
          decisionId: Route.DecisionId.make(`besluit-${n}`),
          revokes: Route.DecisionId.make(final?.decisionId ?? "besluit-0"),
          body: Governance.BodyId.make(body),
          ...meeting(body),
        })
        break
      }
    }
    const budget = { available: s.available, committed }
    // Decided as Programme.route decides it: the route's rules, then the budget policy's reaction on the ledger.
    const result = Either.map(
      Programme.decideWithPolicies(
        Route.routeDecider,
        [Route.budgetPolicy],
        command,
        state,
        { actor, model: m, now },
        ledgerAt(committed),
      ),
      (decided) => ({ events: decided.events, signals: decided.signals }),
    )
    check(command, actor, result, { events, budget, now, model: m })
    if (Either.isRight(result)) {
      for (const e of result.right.events) {
        if (e._tag === "DecisionRecorded") committed += e.committedBudget
        if (e._tag === "DecisionRevoked") committed -= e.releasedBudget
      }
      events.push(...result.right.events)
    }
  }
  return { events, committed }
}
