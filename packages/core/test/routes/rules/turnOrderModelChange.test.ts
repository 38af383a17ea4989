import { assert, describe, it } from "@effect/vitest"
import { Either, FastCheck as fc } from "effect"
import { Governance, Route } from "@weerbaar/core"
import { ctx, decision, draft, historyUnder, itemId, modelWith, persons } from "../../support/routeFixtures.js"

// Bodies a model may put on the policy proposal's route before the DVO, and who acts for each.
const actingFor: Record<string, Governance.PersonId> = {
  stuurgroep: persons.stuurgroepSecretaris,
  bbg: Governance.PersonId.make("secretaris-bbg"),
  rvo: Governance.PersonId.make("secretaris-rvo"),
  "eg-ondermijning-vnon": Governance.PersonId.make("secretaris-eg-ondermijning-vnon"),
  "eg-weerbare-overheid": Governance.PersonId.make("trekker-eg-weerbare-overheid"),
  "eg-weerbare-maatschappij": Governance.PersonId.make("trekker-eg-weerbare-maatschappij"),
}
const pool = Object.keys(actingFor)

const routeModel = (bodies: ReadonlyArray<string>) =>
  modelWith((json) => {
    const route = json.routes.find((r) => r.item === "beleidsvoorstel")!
    route.steps = bodies.map((body) => ({
      body,
      outcomes: body === "dvo" ? ["accord", "return", "reject"] : ["approve", "return", "reject"],
    }))
  })

type Change =
  | { readonly kind: "insert"; readonly body: number; readonly at: number }
  | { readonly kind: "drop"; readonly at: number }

const scenario = fc.record({
  // The steps before the DVO on the route the item was submitted on.
  before: fc.uniqueArray(fc.constantFrom(...pool), { minLength: 1, maxLength: 4 }),
  // Optionally, a step that returned the first version after the steps ahead of it approved it.
  returnedAt: fc.option(fc.nat(), { nil: undefined }),
  // How many steps, in order, approved the current version before the model changed.
  approved: fc.nat(),
  change: fc.oneof(
    fc.record({ kind: fc.constant("insert" as const), body: fc.nat(), at: fc.nat() }),
    fc.record({ kind: fc.constant("drop" as const), at: fc.nat() }),
  ) as fc.Arbitrary<Change>,
})

/** The steps before the DVO after the change; the DVO stays the last step. */
const changed = (before: ReadonlyArray<string>, change: Change): ReadonlyArray<string> => {
  if (change.kind === "drop") return before.filter((_, i) => i !== change.at % before.length)
  const absent = pool.filter((body) => !before.includes(body))
  const at = change.at % (before.length + 1)
  return [...before.slice(0, at), absent[change.body % absent.length]!, ...before.slice(at)]
}

/** Events of the item under the old route: submitted, perhaps returned once, then approved in route order. */
const play = (s: typeof scenario extends fc.Arbitrary<infer A> ? A : never) => {
  const old = routeModel([...s.before, "dvo"])
  const steps = [...s.before, "dvo"]
  let n = 0
  const decide = (events: ReadonlyArray<Route.RouteEvent>, body: string, outcome: "approve" | "accord" | "return") =>
    historyUnder(old, events, [actingFor[body] ?? persons.dvoSecretaris, decision(body, outcome, `besluit-${++n}`)])
  let events = historyUnder(old, [], [persons.drafter, draft()], [persons.trekker, new Route.SubmitItem({ itemId })])
  let version = 1
  if (s.returnedAt !== undefined) {
    const r = s.returnedAt % steps.length
    for (const body of steps.slice(0, r)) events = decide(events, body, "approve")
    events = decide(events, steps[r]!, "return")
    events = historyUnder(
      old,
      events,
      [persons.drafter, new Route.EditItem({ itemId, content: draft().content })],
      [persons.trekker, new Route.SubmitItem({ itemId })],
    )
    version = 2
  }
  const approvedBy = s.before.slice(0, s.approved % (s.before.length + 1))
  for (const body of approvedBy) events = decide(events, body, "approve")
  return { events, version, approvedBy }
}

describe("turn order when the governance model changes while an item is on its route", () => {
  it("the DVO's decision is refused once, naming the first step of the new route that has not approved this version, if and only if there is one", () => {
    const seen = { refused: 0, accorded: 0 }
    fc.assert(
      fc.property(scenario, (s) => {
        const { events, version, approvedBy } = play(s)
        const now = changed(s.before, s.change)
        const result = Route.routeDecider.decide(
          decision("dvo", "accord", "besluit-dvo"),
          events.reduce(Route.routeDecider.evolve, Route.routeDecider.initialState),
          ctx(persons.dvoSecretaris, { model: routeModel([...now, "dvo"]) }),
        )
        const missing = now.find((body) => !approvedBy.includes(body))
        if (missing !== undefined) {
          seen.refused++
          if (Either.isRight(result)) return assert.fail(`accorded while ${missing} had not approved`)
          assert.deepStrictEqual(
            result.left.violations.map((v) => v.code),
            ["route.previous-step-not-approved"],
          )
          assert.deepStrictEqual(result.left.violations[0]?.facts, { item: itemId, version, body: "dvo", missing })
        } else {
          seen.accorded++
          if (Either.isLeft(result)) return assert.fail(result.left.explain("en"))
          assert.isTrue(
            result.right.events.some((e) => e._tag === "DecisionRecorded" && e.final && e.version === version),
          )
        }
      }),
      { numRuns: 200 },
    )
    // Both sides of the property must have been exercised.
    assert.isAbove(seen.refused, 20)
    assert.isAbove(seen.accorded, 20)
  })
})
