import { assert, describe, it } from "@effect/vitest"
import { type Governance, Route } from "@weerbaar/core"
import { factsOf, given } from "@weerbaar/core/testing"
import {
  approvedByStuurgroep,
  ctx,
  decision,
  fullMeeting,
  modelWith,
  persons,
  submitted,
} from "../../support/routeFixtures.js"

const stuurgroep = fullMeeting("stuurgroep").attendance
const stuurgroepDecidingBy = (decisionRule: object) =>
  modelWith((json) => {
    const sg = json.bodies.find((b) => b.id === "stuurgroep")!
    Object.assign(sg, { decisionRule })
  })

// The preset's DVO and Stuurgroep decide by consensus without a quorum (bestuurlijk overleg); a
// model that sets one, as here, is held to it.
const withQuorum = modelWith((json) => {
  for (const b of json.bodies.filter((b) => b.id === "dvo" || b.id === "stuurgroep")) {
    Object.assign(b, { decisionRule: { method: "consensus", quorumPercent: 50 } })
  }
})

describe("decision.quorum-not-met", () => {
  it("the preset's DVO and Stuurgroep have no quorum: five of the DVO's nineteen accord", () => {
    const few = fullMeeting("dvo").attendance.slice(0, 5)
    given(Route.routeDecider, approvedByStuurgroep())
      .when(decision("dvo", "accord", "besluit-dvo-1", { attendance: few }), ctx(persons.dvoSecretaris))
      .thenEvents((_events, state) => assert.isTrue(state.exists && state.status === "accorded"))
  })

  it("the DVO decides only with half of its entitled members present", () => {
    const few = fullMeeting("dvo").attendance.slice(0, 5)
    const refusal = given(Route.routeDecider, approvedByStuurgroep())
      .when(
        decision("dvo", "accord", "besluit-dvo-1", { attendance: few }),
        ctx(persons.dvoSecretaris, { model: withQuorum }),
      )
      .refused("decision.quorum-not-met")
    assert.deepStrictEqual(factsOf(refusal, "decision.quorum-not-met"), {
      body: "dvo",
      present: 5,
      required: 10,
      entitled: 19,
      quorumPercent: 50,
    })
    assert.include(refusal.violations[0]?.explanation.nl ?? "", "5 van 19")
  })

  it("ten of the DVO's nineteen members are enough to accord", () => {
    const half = fullMeeting("dvo").attendance.slice(0, 10)
    given(Route.routeDecider, approvedByStuurgroep())
      .when(
        decision("dvo", "accord", "besluit-dvo-1", { attendance: half }),
        ctx(persons.dvoSecretaris, { model: withQuorum }),
      )
      .thenEvents((_events, state) => assert.isTrue(state.exists && state.status === "accorded"))
  })

  it("recused members do not count for the quorum", () => {
    // 6 entitled, 3 recused: 3 remain entitled and present: quorum met
    given(Route.routeDecider, submitted())
      .when(
        decision("stuurgroep", "approve", "besluit-sg-1", { attendance: stuurgroep, recused: stuurgroep.slice(0, 3) }),
        ctx(persons.stuurgroepSecretaris, { model: withQuorum }),
      )
      .thenEvents((events) =>
        assert.deepStrictEqual((events[0] as Route.DecisionRecorded).recused, stuurgroep.slice(0, 3)),
      )
    // 2 present of 6 entitled, 1 of them recused: 1 of 5 present, 3 needed
    const refusal = given(Route.routeDecider, submitted())
      .when(
        decision("stuurgroep", "approve", "besluit-sg-1", {
          attendance: stuurgroep.slice(0, 2),
          recused: stuurgroep.slice(0, 1),
        }),
        ctx(persons.stuurgroepSecretaris, { model: withQuorum }),
      )
      .refused("decision.quorum-not-met")
    assert.deepStrictEqual(factsOf(refusal, "decision.quorum-not-met"), {
      body: "stuurgroep",
      present: 1,
      required: 3,
      entitled: 5,
      quorumPercent: 50,
    })
  })
})

describe("decision.no-members-present", () => {
  const withoutQuorum = stuurgroepDecidingBy({ method: "consensus" })

  it("a decision nobody entitled attended is not recorded, even where the body has no quorum", () => {
    const refusal = given(Route.routeDecider, submitted())
      .when(
        decision("stuurgroep", "approve", "besluit-sg-1", { attendance: [] }),
        ctx(persons.stuurgroepSecretaris, { model: withoutQuorum }),
      )
      .refused("decision.no-members-present")
    assert.deepStrictEqual(factsOf(refusal, "decision.no-members-present"), { body: "stuurgroep" })
  })

  it("one entitled member present is enough where the body has no quorum", () => {
    given(Route.routeDecider, submitted())
      .when(
        decision("stuurgroep", "approve", "besluit-sg-1", { attendance: [persons.stuurgroepLid] }),
        ctx(persons.stuurgroepSecretaris, { model: withoutQuorum }),
      )
      .thenEvents((events) => assert.strictEqual(events.length, 1))
  })
})

describe("decision.voter-not-entitled", () => {
  const votingWith = (
    votes: ReadonlyArray<{ member: Governance.PersonId; vote: "for" | "against" | "abstain" }>,
    recused: ReadonlyArray<Governance.PersonId> = [],
  ) => decision("stuurgroep", "approve", "besluit-sg-1", { attendance: stuurgroep, recused, votes })

  it("a recused member does not vote", () => {
    const refusal = given(Route.routeDecider, submitted())
      .when(
        decision("stuurgroep", "approve", "besluit-sg-1", {
          attendance: stuurgroep,
          recused: [stuurgroep[0]!],
          votes: [{ member: stuurgroep[0]!, vote: "for" }],
        }),
        ctx(persons.stuurgroepSecretaris),
      )
      .refused("decision.voter-not-entitled")
    assert.deepStrictEqual(factsOf(refusal, "decision.voter-not-entitled"), {
      person: stuurgroep[0]!,
      reason: "recused",
    })
  })

  it("a member who was not at the meeting does not vote", () => {
    const refusal = given(Route.routeDecider, submitted())
      .when(
        decision("stuurgroep", "approve", "besluit-sg-1", {
          attendance: stuurgroep.slice(1),
          votes: [{ member: stuurgroep[0]!, vote: "for" }],
        }),
        ctx(persons.stuurgroepSecretaris),
      )
      .refused("decision.voter-not-entitled")
    assert.deepStrictEqual(factsOf(refusal, "decision.voter-not-entitled"), {
      person: stuurgroep[0]!,
      reason: "absent",
    })
  })

  it("someone who is not a member of the body does not vote", () => {
    const refusal = given(Route.routeDecider, submitted())
      .when(votingWith([{ member: persons.outsider, vote: "for" }]), ctx(persons.stuurgroepSecretaris))
      .refused("decision.voter-not-entitled")
    assert.deepStrictEqual(factsOf(refusal, "decision.voter-not-entitled"), {
      person: persons.outsider,
      reason: "not-entitled",
    })
  })

  it("a member votes once", () => {
    const refusal = given(Route.routeDecider, submitted())
      .when(
        votingWith([
          { member: stuurgroep[0]!, vote: "for" },
          { member: stuurgroep[0]!, vote: "for" },
        ]),
        ctx(persons.stuurgroepSecretaris),
      )
      .refused("decision.voter-not-entitled")
    assert.deepStrictEqual(factsOf(refusal, "decision.voter-not-entitled"), {
      person: stuurgroep[0]!,
      reason: "voted-twice",
    })
    assert.include(refusal.explain("en"), "voted already")
    assert.notInclude(refusal.explain("en"), "not an entitled member")
  })

  it("entitled members present vote", () => {
    given(Route.routeDecider, submitted())
      .when(votingWith(stuurgroep.map((member) => ({ member, vote: "for" }))), ctx(persons.stuurgroepSecretaris))
      .thenEvents((events) => assert.lengthOf((events[0] as Route.DecisionRecorded).votes, stuurgroep.length))
  })
})

describe("decision.rule-not-satisfied and decision.votes-required", () => {
  it("consensus fails on one objection", () => {
    const refusal = given(Route.routeDecider, submitted())
      .when(
        decision("stuurgroep", "approve", "besluit-sg-1", { votes: [{ member: stuurgroep[1]!, vote: "against" }] }),
        ctx(persons.stuurgroepSecretaris),
      )
      .refused("decision.rule-not-satisfied")
    assert.deepStrictEqual(factsOf(refusal, "decision.rule-not-satisfied"), {
      body: "stuurgroep",
      method: "consensus",
      for: 0,
      against: 1,
      abstained: 0,
    })
  })

  it("consensus holds when everyone present agrees without a vote", () => {
    given(Route.routeDecider, submitted())
      .when(decision("stuurgroep", "approve", "besluit-sg-1"), ctx(persons.stuurgroepSecretaris))
      .thenEvents((events) => assert.strictEqual(events.length, 1))
  })

  it("majority of votes cast: votes are needed, a tie fails and more for than against carries", () => {
    const context = ctx(persons.stuurgroepSecretaris, { model: stuurgroepDecidingBy({ method: "majority" }) })
    const noVotes = given(Route.routeDecider, submitted())
      .when(decision("stuurgroep", "approve", "besluit-sg-1"), context)
      .refused("decision.votes-required")
    assert.deepStrictEqual(factsOf(noVotes, "decision.votes-required"), {
      body: "stuurgroep",
      method: "majority",
      missing: [],
    })
    given(Route.routeDecider, submitted())
      .when(
        decision("stuurgroep", "approve", "besluit-sg-1", {
          votes: [
            { member: stuurgroep[0]!, vote: "for" },
            { member: stuurgroep[1]!, vote: "against" },
            { member: stuurgroep[2]!, vote: "abstain" },
          ],
        }),
        context,
      )
      .refused("decision.rule-not-satisfied")
    given(Route.routeDecider, submitted())
      .when(
        decision("stuurgroep", "approve", "besluit-sg-1", {
          votes: [
            { member: stuurgroep[0]!, vote: "for" },
            { member: stuurgroep[1]!, vote: "for" },
            { member: stuurgroep[2]!, vote: "against" },
            { member: stuurgroep[3]!, vote: "abstain" },
          ],
        }),
        context,
      )
      .thenEvents((events) => assert.strictEqual(events.length, 1))
  })

  it("unanimity needs a vote of every present member, and every vote for", () => {
    const context = ctx(persons.stuurgroepSecretaris, { model: stuurgroepDecidingBy({ method: "unanimity" }) })
    const allFor = stuurgroep.map((member) => ({ member, vote: "for" as const }))
    const missing = given(Route.routeDecider, submitted())
      .when(decision("stuurgroep", "approve", "besluit-sg-1", { votes: allFor.slice(1) }), context)
      .refused("decision.votes-required")
    assert.deepStrictEqual(factsOf(missing, "decision.votes-required"), {
      body: "stuurgroep",
      method: "unanimity",
      missing: [stuurgroep[0]!],
    })
    given(Route.routeDecider, submitted())
      .when(
        decision("stuurgroep", "approve", "besluit-sg-1", {
          votes: [...allFor.slice(1), { member: stuurgroep[0]!, vote: "abstain" }],
        }),
        context,
      )
      .refused("decision.rule-not-satisfied")
    given(Route.routeDecider, submitted())
      .when(decision("stuurgroep", "approve", "besluit-sg-1", { votes: allFor }), context)
      .thenEvents((events) => assert.strictEqual(events.length, 1))
  })
})
