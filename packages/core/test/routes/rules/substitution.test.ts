import { assert, describe, it } from "@effect/vitest"
import { Governance, Route } from "@weerbaar/core"
import { factsOf, given } from "@weerbaar/core/testing"
import { approvedByStuurgroep, ctx, decision, fullMeeting, modelWith, persons } from "../../support/routeFixtures.js"

const person = Governance.PersonId.make
const burgemeester = person("burgemeester-rheden")
const loco = person("loco-burgemeester-rheden")
const dvoByMajority = modelWith((json) => {
  Object.assign(json.bodies.find((b) => b.id === "dvo")!, { decisionRule: { method: "majority" } })
})
const withoutRheden = fullMeeting("dvo").attendance.filter((p) => p !== burgemeester)

describe("substitutes count and vote in the member's place", () => {
  it("given the DVO deciding by majority, when the loco-burgemeester of Rheden votes for in the burgemeester's place, then the vote counts and is stored with the substitution", () => {
    given(Route.routeDecider, approvedByStuurgroep())
      .when(
        decision("dvo", "accord", "besluit-dvo-1", {
          attendance: withoutRheden,
          substitutes: [{ member: burgemeester, substitute: loco }],
          votes: [{ member: loco, vote: "for" }],
        }),
        ctx(persons.dvoSecretaris, { model: dvoByMajority }),
      )
      .thenEvents((events, state) => {
        assert.isTrue(state.exists && state.status === "accorded")
        const recorded = events[0] as Route.DecisionRecorded
        assert.deepStrictEqual(recorded.substitutes, [{ member: burgemeester, substitute: loco }])
      })
  })

  it("given a quorum of half, when one member short is made up by a substitute, then the DVO decides", () => {
    const withQuorum = modelWith((json) => {
      Object.assign(json.bodies.find((b) => b.id === "dvo")!, {
        decisionRule: { method: "consensus", quorumPercent: 50 },
      })
    })
    const nine = withoutRheden.slice(0, 9)
    given(Route.routeDecider, approvedByStuurgroep())
      .when(
        decision("dvo", "accord", "besluit-dvo-1", { attendance: nine }),
        ctx(persons.dvoSecretaris, { model: withQuorum }),
      )
      .refused("decision.quorum-not-met")
    given(Route.routeDecider, approvedByStuurgroep())
      .when(
        decision("dvo", "accord", "besluit-dvo-1", {
          attendance: nine,
          substitutes: [{ member: burgemeester, substitute: loco }],
        }),
        ctx(persons.dvoSecretaris, { model: withQuorum }),
      )
      .thenEvents((_events, state) => assert.isTrue(state.exists && state.status === "accorded"))
  })
})

describe("decision.substitute-not-allowed", () => {
  it("given the model lets the loco-burgemeester of Rheden substitute only for Rheden's burgemeester, when he is recorded for Ede's, then it is refused", () => {
    const ede = person("burgemeester-ede")
    const refusal = given(Route.routeDecider, approvedByStuurgroep())
      .when(
        decision("dvo", "accord", "besluit-dvo-1", {
          attendance: fullMeeting("dvo").attendance.filter((p) => p !== ede),
          substitutes: [{ member: ede, substitute: loco }],
        }),
        ctx(persons.dvoSecretaris),
      )
      .refused("decision.substitute-not-allowed")
    assert.strictEqual(factsOf(refusal, "decision.substitute-not-allowed").reason, "not-allowed")
  })

  it("given the burgemeester attends himself, when his substitute is recorded too, then it is refused", () => {
    const refusal = given(Route.routeDecider, approvedByStuurgroep())
      .when(
        decision("dvo", "accord", "besluit-dvo-1", { substitutes: [{ member: burgemeester, substitute: loco }] }),
        ctx(persons.dvoSecretaris),
      )
      .refused("decision.substitute-not-allowed")
    assert.strictEqual(factsOf(refusal, "decision.substitute-not-allowed").reason, "member-present")
    assert.include(refusal.explain("nl"), "het lid was zelf aanwezig")
  })
})
