import { Governance, Kernel, Programme, Route } from "@weerbaar/core"
import { Clock, Effect, Option } from "effect"

/**
 * Has `model` come into force as the plan says. On an empty store it founds the store with the
 * model and runs the `programmaplan`, submitted and decided on the first day from the programme's
 * start on which someone acts for each body of its route (so acts from the start are judged by
 * `model`); on a store with a rule book it runs a `programmabijstelling` under the version in
 * force, on the clock's day. The drafting body (the Stuurgroep) drafts the item proposing exactly
 * this model, every step of its route approves it at a full meeting, and a person acting for the
 * last step's body (the DVO) adopts the version citing that decision.
 * @category testing
 */
export const decidedRuleBook = (model: Governance.GovernanceModel, itemId?: string) =>
  Effect.gen(function* () {
    const founding = (yield* Effect.flatMap(Programme.Programme, (p) => p.versions)).length === 0
    const today = Kernel.dateOf(new Date(yield* Clock.currentTimeMillis))
    return yield* decide(model, founding, founding ? Kernel.calendarDate(firstDayOfThePlan(model)) : today, itemId)
  })

/**
 * The first day from the programme's start on which someone acts for every body of the
 * programme plan's route: the day a test's store has the DVO decide on the plan.
 * @category testing
 */
export const firstDayOfThePlan = (model: Governance.GovernanceModel): string => {
  const route = model.routes.find((r) => r.item === "programmaplan")
  const bodies = [
    ...(route !== undefined && "body" in route.drafter ? [route.drafter.body] : []),
    ...(route?.steps ?? []).map((s) => s.body),
  ]
  const firstActing = bodies.map(
    (body) =>
      model.memberships
        .filter((m) => m.body === body && Governance.actingRoles.includes(m.role))
        .map((m) => m.from)
        .sort()[0] ?? model.programme.startDate,
  )
  return [model.programme.startDate, ...firstActing].sort().at(-1)!
}

const decide = (model: Governance.GovernanceModel, founding: boolean, today: Kernel.CalendarDate, itemId?: string) =>
  Effect.gen(function* () {
    const programme = yield* Programme.Programme
    const current = founding ? model : yield* programme.model
    const kind = founding ? "programmaplan" : "programmabijstelling"
    const route = current.routes.find((r) => r.item === kind)
    if (route === undefined) return yield* Effect.dieMessage(`the model has no route for the ${kind}`)
    const id = itemId ?? `${kind}-${(yield* programme.versions).length + 1}`
    const actorOf = (body: Governance.BodyId) => {
      const actor = Governance.actorsFor(current, body, today)[0]
      if (actor === undefined) throw new Error(`no one acts for ${body} on ${today}`)
      return actor
    }
    const drafter = Governance.draftersOf(route.drafter)[0]!
    const drafting =
      "body" in drafter ? drafter.body : Option.getOrThrow(Governance.bodyOfLevel(current, drafter.level)).id
    const secretary = actorOf(drafting)
    if (founding) yield* programme.adoptModel(model, secretary)
    const plan = Route.ItemId.make(id)
    yield* programme.route(
      secretary,
      new Route.DraftItem({
        itemId: plan,
        kind,
        draftingBody: drafting,
        content: {
          title: founding ? `Programmaplan ${model.programme.name}` : `Programmabijstelling ${id}`,
          description: "Het bestuursmodel dat het DVO vaststelt.",
          budget: [],
          practices: [],
          proposedModel: Governance.modelFingerprint(model),
        },
      }),
    )
    yield* programme.route(secretary, new Route.SubmitItem({ itemId: plan, on: today }))
    let decisionId = Route.DecisionId.make(`${id}-besluit-1`)
    for (const [index, step] of route.steps.entries()) {
      decisionId = Route.DecisionId.make(`${id}-besluit-${index + 1}`)
      const outcome = step.outcomes.includes("accord") ? "accord" : "approve"
      yield* programme.route(
        actorOf(step.body),
        new Route.RecordDecision({
          itemId: plan,
          decisionId,
          body: step.body,
          outcome,
          meetingDate: today,
          attendance: Governance.votingMembersOn(current, step.body, today),
          recused: [],
          votes: [],
          rationale: "Het programmaplan is besproken en vastgesteld.",
        }),
      )
    }
    const deciding = route.steps[route.steps.length - 1]!.body
    return yield* programme.adoptModel(model, actorOf(deciding), { decision: { itemId: plan, decisionId } })
  })
