import { decidedRuleBook } from "@weerbaar/core/testing"
import { assert, describe, it } from "@effect/vitest"
import { Effect, FastCheck as fc, Layer } from "effect"
import { Governance, Handover, Information, Kernel, Milestone, Practice, Programme, Route, Store } from "@weerbaar/core"
import { designate, practiceId, register } from "../support/practiceFixtures.js"
import { programmeEnded } from "../support/programmeEndFixtures.js"

const ended = programmeEnded
const policy = Handover.programmeEndPolicy<{ readonly _tag: string }, unknown, unknown>()
const ctx: Kernel.DecisionContext = {
  actor: Governance.PersonId.make("lid-eg-oc-rheden"),
  model: Governance.samenWeerbaar(),
  now: "2017-05-01T10:00:00.000Z" as Kernel.Timestamp,
}
const given = (end: Handover.ProgrammeEnded | undefined) => ({
  when: (command: { readonly _tag: string }) => {
    const read = new Map(
      policy.reads(command, undefined).map((r) => [r.streamId, end ?? r.aggregate.decider.initialState]),
    )
    return policy.check(command, undefined, read, ctx)
  },
})

const item = Route.ItemId.make("bv-na-einde")
const draft = new Route.DraftItem({
  itemId: item,
  kind: "beleidsvoorstel",
  draftingBody: Governance.BodyId.make("eg-ondermijnende-criminaliteit"),
  content: { title: "Nieuw voorstel", description: "", budget: [], practices: [] },
})
const moveTrack = (to: Practice.TrackPhase) =>
  new Practice.MoveTrack({
    practiceId,
    municipality: Governance.OrganisationId.make("rheden"),
    to,
    on: Kernel.calendarDate("2017-05-01"),
  })
const planMilestone = new Milestone.PlanMilestone({
  milestoneId: Milestone.MilestoneId.make("ms-na-einde"),
  title: "Nieuwe mijlpaal",
  phase: "borgen",
  ownerBody: Governance.BodyId.make("stuurgroep"),
  dueDate: Kernel.calendarDate("2017-12-01"),
})
const registerProduct = Information.samenWeerbaarInformation()[0]!.command

const services = Programme.programmeServices.pipe(
  Layer.provideMerge(Store.InMemoryEventStore.withReadModels(Programme.programmeReadModels)),
  Layer.provideMerge(Store.IdGenerator.sequential),
  Layer.provideMerge(Store.ProgrammeClock.settable("2017-05-01T09:00:00Z")),
)

/** Every command that starts new work, and the commands of work that goes on after the end. */
const newWork = [
  draft,
  new Route.SubmitItem({ itemId: item }),
  register(),
  designate(),
  new Practice.StartPilot({ practiceId }),
  moveTrack("pilot"),
  planMilestone,
  registerProduct,
]
const goingOn = [
  new Route.EditItem({ itemId: item, content: draft.content }),
  new Route.WithdrawItem({ itemId: item, reason: "Vervalt." }),
  new Practice.StartExecution({ practiceId }),
  moveTrack("in_uitvoering"),
  moveTrack("geborgd"),
  new Milestone.DeliverMilestone({
    milestoneId: Milestone.MilestoneId.make("ms-na-einde"),
    deliveredOn: Kernel.calendarDate("2017-05-01"),
  }),
  new Information.ReadProduct({ productId: registerProduct.productId }),
]

describe("programme.ended: after the programme's end no new work starts", () => {
  it("given the programme ended, when a command starts new work, then it is refused naming the decision", () => {
    for (const command of newWork) {
      const violations = given(ended).when(command)
      assert.deepStrictEqual(
        violations.map((v) => [v.code, v.facts.decision, v.facts.command]),
        [["programme.ended", "dvo-2017-einde", command._tag]],
      )
      assert.include(violations[0]!.explanation.nl, "dvo-2017-einde")
    }
  })

  it("given the programme ended, when work goes on (decisions, execution, delivery, reading), then the end refuses nothing", () => {
    for (const command of goingOn) assert.deepStrictEqual(given(ended).when(command), [])
  })

  it("given the programme has not ended, when a command starts new work, then the end refuses nothing", () => {
    for (const command of newWork) assert.deepStrictEqual(given(undefined).when(command), [])
  })

  it.prop(
    "a command is refused by the end exactly when the programme ended and it starts new work",
    [fc.constantFrom(...newWork, ...goingOn), fc.boolean()],
    ([command, hasEnded]) => {
      const refused = given(hasEnded ? ended : undefined).when(command).length > 0
      assert.strictEqual(refused, hasEnded && Handover.startsNewWork(command))
    },
  )

  it.effect("through the services, every kind of new work is refused after the end and nothing is stored", () =>
    Effect.gen(function* () {
      const programme = yield* Programme.Programme
      const store = yield* Store.EventStore
      yield* decidedRuleBook(ctx.model)
      yield* store.append(
        [
          {
            streamId: Handover.programmeEndStreamId,
            expectedVersion: 0,
            events: [Handover.programmeEndEventCodec.toNewEvent(ended)],
          },
        ],
        { actor: "secretaris-dvo" },
      )
      const before = (yield* store.readAll({})).length
      const lid = Governance.PersonId.make("lid-eg-oc-rheden")
      const attempts: ReadonlyArray<Effect.Effect<unknown, unknown, Programme.ProgrammeServices>> = [
        programme.route(Governance.PersonId.make("trekker-eg-ondermijnende-criminaliteit"), draft),
        Effect.flatMap(Practice.Practices, (p) => p.execute(lid, register())),
        Effect.flatMap(Practice.Tracks, (t) =>
          t.execute(Governance.PersonId.make("burgemeester-rheden"), moveTrack("pilot")),
        ),
        Effect.flatMap(Milestone.Milestones, (m) =>
          m.execute(Governance.PersonId.make("secretaris-stuurgroep"), planMilestone),
        ),
        Effect.flatMap(Information.Information, (i) =>
          i.execute(Governance.PersonId.make("analist-drio"), registerProduct),
        ),
      ]
      for (const attempt of attempts) {
        const refusal = yield* Effect.flip(attempt)
        assert.isTrue(refusal instanceof Kernel.Refused, String(refusal))
        assert.include([...(refusal as Kernel.Refused).codes], "programme.ended")
      }
      assert.strictEqual((yield* store.readAll({})).length, before)
    }).pipe(Effect.provide(services)),
  )
})
