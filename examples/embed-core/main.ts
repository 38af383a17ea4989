// Embedding @weerbaar/core: the approval story of a policy proposal, in memory, with the rules
// explaining every refusal. Run: npx tsx examples/embed-core/main.ts
import { Effect, Layer, Schema } from "effect"
import { Governance, Kernel, Programme, Route, Store } from "@weerbaar/core"

// The preset's DVO decides by consensus without a quorum (bestuurlijk overleg); this district's DVO
// sets a quorum of half its entitled members, which the preset leaves available.
const preset = Governance.samenWeerbaarJson()
const model = Schema.decodeUnknownSync(Governance.GovernanceModel)({
  ...preset,
  bodies: preset.bodies.map((b) =>
    b.id === "dvo" ? { ...b, decisionRule: { method: "consensus", quorumPercent: 50 } } : b,
  ),
})
const itemId = Route.ItemId.make("bv-ondermijningsbeeld-2016")

const trekker = Governance.PersonId.make("trekker-eg-ondermijnende-criminaliteit")
const lid = Governance.PersonId.make("lid-eg-oc-riec")
const secretarisStuurgroep = Governance.PersonId.make("secretaris-stuurgroep")
const secretarisDvo = Governance.PersonId.make("secretaris-dvo")

const line = (category: string, organisation: string, amount: number) =>
  new Route.BudgetLine({
    category,
    organisation: Governance.OrganisationId.make(organisation),
    year: 2016,
    amount: Kernel.Cents.make(amount),
  })

const proposal = (budget: ReadonlyArray<Route.BudgetLine>) => ({
  title: "Lokaal ondermijningsbeeld in elke gemeente",
  description: "De methode van het RIEC, beproefd in Rheden, in alle gemeenten van Gelderland-Midden.",
  budget,
  practices: ["bp-lokaal-ondermijningsbeeld"],
})

/** A meeting of `body` on `date` with the given entitled members present, all agreeing. */
const meeting = (body: string, date: string, present?: number) => {
  const members = Governance.votingMembersOn(model, Governance.BodyId.make(body), Kernel.calendarDate(date))
  return {
    meetingDate: Kernel.calendarDate(date),
    attendance: present === undefined ? members : members.slice(0, present),
    rationale: "Besproken en besloten in de vergadering.",
  }
}

const showAllowed = (title: string, person: string, actions: ReadonlyArray<Route.AllowedAction>) => {
  console.log(`  ${title} — ${person}:`)
  for (const a of actions) {
    const why = a.allowed ? "" : `  (${a.reasons.map((r) => r.code).join(", ")})`
    console.log(`    ${a.allowed ? "✔" : "✘"} ${a.label.nl}${why}`)
  }
}

const story = Effect.gen(function* () {
  const programme = yield* Programme.Programme
  const clock = yield* Store.ClockControl
  const step = (text: string) => console.log(`\n▸ ${text}`)

  // The store starts with the programme plan: founded on the model as a concept, the rule book comes
  // into force when the DVO has decided on the plan that names the model's fingerprint.
  step("2015-11-12 · the DVO decides on the programme plan: its rule book comes into force")
  yield* clock.set("2015-11-12T10:00:00Z")
  yield* programme.adoptModel(model, secretarisStuurgroep)
  const plan = Route.ItemId.make("programmaplan")
  yield* programme.route(
    secretarisStuurgroep,
    new Route.DraftItem({
      itemId: plan,
      kind: "programmaplan",
      draftingBody: Governance.BodyId.make("stuurgroep"),
      content: {
        title: "Programmaplan",
        description: "Het programma en zijn bestuursmodel.",
        budget: [],
        practices: [],
        proposedModel: Governance.modelFingerprint(model),
      },
    }),
  )
  yield* programme.route(secretarisStuurgroep, new Route.SubmitItem({ itemId: plan }))
  const dvoPlan = Route.DecisionId.make("besluit-dvo-programmaplan")
  yield* programme.route(
    secretarisDvo,
    new Route.RecordDecision({
      itemId: plan,
      decisionId: dvoPlan,
      body: Governance.BodyId.make("dvo"),
      outcome: "approve",
      meetingDate: Kernel.calendarDate("2015-11-12"),
      attendance: Governance.votingMembersOn(model, Governance.BodyId.make("dvo"), Kernel.calendarDate("2015-11-12")),
      recused: [],
      votes: [],
      rationale: "Het DVO stelt het programmaplan vast.",
    }),
  )
  yield* programme.adoptModel(model, secretarisDvo, { decision: { itemId: plan, decisionId: dvoPlan } })

  step("2016-02-15 · Expertgroep Ondermijnende Criminaliteit drafts a proposal with a budget")
  yield* clock.set("2016-02-15T10:00:00Z")
  yield* programme.route(
    lid,
    new Route.DraftItem({
      itemId,
      kind: "beleidsvoorstel",
      draftingBody: Governance.BodyId.make("eg-ondermijnende-criminaliteit"),
      content: proposal([
        line("projectleiding", "politie-oost-nederland", 4_000_000),
        line("communicatie", "vggm", 1_500_000),
      ]),
    }),
  )
  yield* programme.route(trekker, new Route.SubmitItem({ itemId }))
  console.log(`  submitted by the trekker; budget ${Kernel.formatEuro(5_500_000)}`)

  for (const person of [trekker, secretarisStuurgroep, secretarisDvo]) {
    showAllowed("allowed now (submitted)", person, yield* programme.allowedActions(person, itemId))
  }

  step("2016-03-10 · the Stuurgroep returns it with remarks")
  yield* clock.set("2016-03-10T10:00:00Z")
  yield* programme.route(
    secretarisStuurgroep,
    new Route.RecordDecision({
      itemId,
      decisionId: Route.DecisionId.make("sg-2016-03-return"),
      body: Governance.BodyId.make("stuurgroep"),
      outcome: "return",
      ...meeting("stuurgroep", "2016-03-10"),
      remarks: "Splits de begroting uit per organisatie en verlaag de communicatiekosten.",
    }),
  )
  const returned = yield* programme.item(itemId)
  console.log(`  version ${returned.exists ? returned.version : "?"} starts the route again`)

  step("2016-03-20 · revised and resubmitted")
  yield* clock.set("2016-03-20T10:00:00Z")
  yield* programme.route(
    lid,
    new Route.EditItem({
      itemId,
      content: proposal([
        line("projectleiding", "politie-oost-nederland", 3_000_000),
        line("juridische ondersteuning", "om-oost-nederland", 1_000_000),
        line("communicatie", "vggm", 500_000),
      ]),
    }),
  )
  yield* programme.route(trekker, new Route.SubmitItem({ itemId }))

  step("2016-04-07 · the Stuurgroep approves and offers it to the DVO")
  yield* clock.set("2016-04-07T10:00:00Z")
  yield* programme.route(
    secretarisStuurgroep,
    new Route.RecordDecision({
      itemId,
      decisionId: Route.DecisionId.make("sg-2016-04-approve"),
      body: Governance.BodyId.make("stuurgroep"),
      outcome: "approve",
      ...meeting("stuurgroep", "2016-04-07"),
    }),
  )

  step("2016-05-12 · the DVO tries to accord without quorum")
  yield* clock.set("2016-05-12T10:00:00Z")
  const refusal = yield* Effect.flip(
    programme.route(
      secretarisDvo,
      new Route.RecordDecision({
        itemId,
        decisionId: Route.DecisionId.make("dvo-2016-05-accord"),
        body: Governance.BodyId.make("dvo"),
        outcome: "accord",
        ...meeting("dvo", "2016-05-12", 6),
      }),
    ),
  )
  if (refusal instanceof Kernel.Refused) {
    console.log("  refused:")
    console.log(refusal.explain("nl").replace(/^/gm, "    nl  "))
    console.log(refusal.explain("en").replace(/^/gm, "    en  "))
  } else {
    throw refusal
  }

  for (const person of [trekker, secretarisStuurgroep, secretarisDvo]) {
    showAllowed("allowed now (approved by the Stuurgroep)", person, yield* programme.allowedActions(person, itemId))
  }

  step("2016-06-09 · the DVO accords with quorum")
  yield* clock.set("2016-06-09T10:00:00Z")
  yield* programme.route(
    secretarisDvo,
    new Route.RecordDecision({
      itemId,
      decisionId: Route.DecisionId.make("dvo-2016-06-accord"),
      body: Governance.BodyId.make("dvo"),
      outcome: "accord",
      ...meeting("dvo", "2016-06-09"),
    }),
  )
  const item = yield* programme.item(itemId)
  const budget = yield* programme.budget
  console.log(
    `  status: ${item.exists ? item.status : "?"}; committed ${Kernel.formatEuro(budget.committed)} of ${Kernel.formatEuro(budget.available)}`,
  )
})

const layer = Programme.Programme.layer.pipe(
  Layer.provideMerge(Programme.ProgrammeRuntime.layer),
  Layer.provideMerge(Store.InMemoryEventStore.withReadModels(Route.routeReadModels)),
  Layer.provideMerge(Store.IdGenerator.sequential),
  Layer.provideMerge(Store.ProgrammeClock.settable("2016-01-01T00:00:00Z")),
)

Effect.runPromise(story.pipe(Effect.provide(layer))).catch((error) => {
  console.error(error)
  process.exitCode = 1
})
