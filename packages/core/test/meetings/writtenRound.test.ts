import { assert, describe, it } from "@effect/vitest"
import { Governance, Kernel, Meeting } from "@weerbaar/core"
import { given } from "@weerbaar/core/testing"
import { ctx, itemId, model, modelWith, now, persons } from "../support/routeFixtures.js"

const roundId = Meeting.WrittenRoundId.make("sg-ronde-1")
const on = (date: string, actor = persons.stuurgroepSecretaris) => ctx(actor, { now: now(date) })
const stuurgroep = Governance.votingMembersOn(
  model,
  Governance.BodyId.make("stuurgroep"),
  Kernel.calendarDate("2016-06-01"),
)

const start = (body = "stuurgroep", deadline = "2016-06-15") =>
  new Meeting.StartWrittenRound({
    writtenRoundId: roundId,
    body: Governance.BodyId.make(body),
    title: "Communicatieplan",
    subject: { kind: "other" },
    proposal: "Het communicatieplan vaststellen.",
    papers: [],
    startedOn: Kernel.calendarDate("2016-06-01"),
    deadline: Kernel.calendarDate(deadline),
  })
const respond = (member: Governance.PersonId, response: Meeting.RoundResponse, date = "2016-06-03") =>
  new Meeting.RespondToWrittenRound({ writtenRoundId: roundId, member, response, on: Kernel.calendarDate(date) })
const close = (date: string) =>
  new Meeting.CloseWrittenRound({
    writtenRoundId: roundId,
    decisionId: "sg-ronde-1-besluit" as Meeting.CloseWrittenRound["decisionId"],
    on: Kernel.calendarDate(date),
  })

const history = (...steps: ReadonlyArray<readonly [Governance.PersonId, Meeting.WrittenRoundCommand, string]>) => {
  const events: Array<Meeting.WrittenRoundEvent> = []
  for (const [actor, command, date] of steps) {
    const state = events.reduce(Meeting.writtenRoundDecider.evolve, Meeting.writtenRoundDecider.initialState)
    const result = Meeting.writtenRoundDecider.decide(command, state, on(date, actor))
    if (result._tag === "Left") throw new Error(result.left.message)
    events.push(...result.right.events)
  }
  return events
}
const started = () => history([persons.stuurgroepSecretaris, start(), "2016-06-01"])
const answered = (...answers: ReadonlyArray<readonly [Governance.PersonId, Meeting.RoundResponse]>) =>
  history(
    [persons.stuurgroepSecretaris, start(), "2016-06-01"],
    ...answers.map(([p, r]) => [p, respond(p, r), "2016-06-03"] as const),
  )
const resultOf = (events: ReadonlyArray<Meeting.WrittenRoundEvent>) =>
  (events.find((e) => e._tag === "WrittenRoundClosed") as Meeting.WrittenRoundClosed | undefined)?.result

describe("written rounds", () => {
  it("given the Stuurgroep's tacit consent, when one member agrees and the rest is silent by the deadline, then the round is carried with the silent as tacit consenters", () => {
    given(Meeting.writtenRoundDecider, answered([persons.stuurgroepLid, "agree"]))
      .when(close("2016-06-15"), on("2016-06-15"))
      .thenEvents((events) => {
        assert.strictEqual(resultOf(events), "aangenomen")
        const closed = events[0] as Meeting.WrittenRoundClosed
        assert.strictEqual(closed.tacit.length, stuurgroep.length - 1)
      })
  })

  it("given a single objection, then the proposal moves to the next meeting", () => {
    given(Meeting.writtenRoundDecider, answered([persons.stuurgroepLid, "object"]))
      .when(close("2016-06-15"), on("2016-06-15"))
      .thenEvents((events) => assert.strictEqual(resultOf(events), "naar-vergadering"))
  })

  it("given a DVO without tacit consent, the silent do not count: a round carried by the one who answered needs no objection", () => {
    const dvo = Governance.votingMembersOn(model, Governance.BodyId.make("dvo"), Kernel.calendarDate("2016-06-01"))
    const events = history(
      [persons.dvoSecretaris, start("dvo"), "2016-06-01"],
      ...dvo.map((p) => [p, respond(p, "agree"), "2016-06-03"] as const),
    )
    given(Meeting.writtenRoundDecider, events)
      .when(close("2016-06-04"), on("2016-06-04", persons.dvoSecretaris))
      .thenEvents((closed) => assert.strictEqual(resultOf(closed), "aangenomen"))
  })

  it("written-round.still-open: before the deadline, a round closes only when every member answered", () => {
    given(Meeting.writtenRoundDecider, answered([persons.stuurgroepLid, "agree"]))
      .when(close("2016-06-05"), on("2016-06-05"))
      .refused("written-round.still-open")
  })

  it("written-round.not-allowed: an expert group decides in its meetings only", () => {
    given(Meeting.writtenRoundDecider)
      .when(start("eg-ondermijnende-criminaliteit"), on("2016-06-01", persons.trekker))
      .refused("written-round.not-allowed")
  })

  it("written-round.already-exists, written-round.not-found and written-round.deadline-before-start", () => {
    given(Meeting.writtenRoundDecider, started())
      .when(start(), on("2016-06-01"))
      .refused("written-round.already-exists")
    given(Meeting.writtenRoundDecider).when(close("2016-06-15"), on("2016-06-15")).refused("written-round.not-found")
    given(Meeting.writtenRoundDecider)
      .when(start("stuurgroep", "2016-05-01"), on("2016-06-01"))
      .refused("written-round.deadline-before-start")
  })

  it("written-round.not-asked: a member answers once; who was not asked does not answer", () => {
    given(Meeting.writtenRoundDecider, answered([persons.stuurgroepLid, "agree"]))
      .when(respond(persons.stuurgroepLid, "object"), on("2016-06-04", persons.stuurgroepLid))
      .refused("written-round.not-asked")
    given(Meeting.writtenRoundDecider, started())
      .when(respond(persons.dvoLid, "agree"), on("2016-06-04", persons.dvoLid))
      .refused("written-round.not-asked")
  })

  it("written-round.answer-after-deadline", () => {
    given(Meeting.writtenRoundDecider, started())
      .when(respond(persons.stuurgroepLid, "agree", "2016-06-20"), on("2016-06-20", persons.stuurgroepLid))
      .refused("written-round.answer-after-deadline")
  })

  it("written-round.closed: a closed round is immutable", () => {
    const closed = history(
      [persons.stuurgroepSecretaris, start(), "2016-06-01"],
      [persons.stuurgroepSecretaris, close("2016-06-15"), "2016-06-15"],
    )
    given(Meeting.writtenRoundDecider, closed)
      .when(close("2016-06-16"), on("2016-06-16"))
      .refused("written-round.closed")
  })

  it("written-round.decide-on-item and written-round.not-carried: a carried round on an item closes with the item's decision", () => {
    const onItem = new Meeting.StartWrittenRound({ ...start(), subject: { kind: "item", itemId }, outcome: "approve" })
    const events = history([persons.stuurgroepSecretaris, onItem, "2016-06-01"])
    given(Meeting.writtenRoundDecider, events)
      .when(close("2016-06-15"), on("2016-06-15"))
      .refused("written-round.decide-on-item")
    const objected = history(
      [persons.stuurgroepSecretaris, onItem, "2016-06-01"],
      [persons.stuurgroepLid, respond(persons.stuurgroepLid, "object"), "2016-06-03"],
    )
    given(Meeting.writtenRoundDecider, objected)
      .when(
        new Meeting.NoteRoundDecision({
          writtenRoundId: roundId,
          decisionId: "b" as Meeting.NoteRoundDecision["decisionId"],
          on: Kernel.calendarDate("2016-06-15"),
        }),
        on("2016-06-15"),
      )
      .refused("written-round.not-carried")
  })

  it("a majority body's round is carried by more for than against among the answers", () => {
    const majority = modelWith((json) => {
      Object.assign(json.bodies.find((b) => b.id === "stuurgroep")!, {
        decisionRule: { method: "majority" },
        writtenRound: { tacitConsent: false, objectionMovesToMeeting: false },
      })
    })
    const events: Array<Meeting.WrittenRoundEvent> = []
    const step = (actor: Governance.PersonId, command: Meeting.WrittenRoundCommand, date: string) => {
      const state = events.reduce(Meeting.writtenRoundDecider.evolve, Meeting.writtenRoundDecider.initialState)
      const r = Meeting.writtenRoundDecider.decide(command, state, ctx(actor, { now: now(date), model: majority }))
      if (r._tag === "Left") throw new Error(r.left.message)
      events.push(...r.right.events)
    }
    step(persons.stuurgroepSecretaris, start(), "2016-06-01")
    stuurgroep.forEach((p, i) => step(p, respond(p, i < 2 ? "object" : "agree"), "2016-06-03"))
    given(Meeting.writtenRoundDecider, events)
      .when(close("2016-06-04"), ctx(persons.stuurgroepSecretaris, { now: now("2016-06-04"), model: majority }))
      .thenEvents((closed) => assert.strictEqual(resultOf(closed), "aangenomen"))
  })
})
