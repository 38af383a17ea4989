import { assert, describe, it } from "@effect/vitest"
import {
  DecisionId,
  type DecisionRecorded,
  EditItem,
  ItemSubmitted,
  RevokeDecision,
  routeDecider,
  SubmitItem,
  WithdrawItem,
  fold,
} from "@weerbaar/core"
import { given } from "../support/given.js"
import {
  accorded,
  approvedByStuurgroep,
  content,
  ctx,
  decision,
  draft,
  fullMeeting,
  history,
  itemId,
  modelWith,
  now,
  persons,
  submitted,
} from "../support/routeFixtures.js"

describe("drafting and submitting", () => {
  it("an expert group member drafts a proposal with a budget", () => {
    given(routeDecider)
      .when(draft(), ctx(persons.drafter))
      .thenEvents((events, state) => {
        assert.strictEqual(events[0]?._tag, "ItemDrafted")
        assert.isTrue(state.exists && state.status === "draft" && state.version === 1)
      })
  })

  it("route.not-a-drafter and authority.not-a-member: the Stuurgroep does not draft policy proposals, nor does an outsider", () => {
    given(routeDecider)
      .when(draft("beleidsvoorstel", 2_500_000, "stuurgroep"), ctx(persons.outsider))
      .refused("route.not-a-drafter", "authority.not-a-member")
  })

  it("budget.required: a policy proposal without a budget is not submitted", () => {
    given(routeDecider, history([persons.drafter, draft("beleidsvoorstel", 0)]))
      .when(new SubmitItem({ itemId }), ctx(persons.trekker))
      .refused("budget.required")
  })

  it("budget.not-allowed: a progress report carries no budget", () => {
    given(routeDecider)
      .when(draft("voortgangsrapportage", 100, "stuurgroep"), ctx(persons.stuurgroepSecretaris))
      .refused("budget.not-allowed")
  })

  it("authority.may-not-act-for-body: an ordinary member drafts but does not submit for the expert group", () => {
    given(routeDecider, history([persons.drafter, draft()]))
      .when(new SubmitItem({ itemId }), ctx(persons.drafter))
      .refused("authority.may-not-act-for-body")
  })

  it("the trekker submits and the item waits for the Stuurgroep", () => {
    given(routeDecider, history([persons.drafter, draft()]))
      .when(new SubmitItem({ itemId }), ctx(persons.trekker))
      .thenEmits([new ItemSubmitted({ itemId, version: 1, submittedBy: persons.trekker as never, at: now() })])
  })

  it("item.not-editable: a submitted version is not edited", () => {
    given(routeDecider, submitted())
      .when(new EditItem({ itemId, content: content(1) }), ctx(persons.drafter))
      .refused("item.not-editable")
  })
})

describe("a body's decision at its step", () => {
  it("the Stuurgroep approves and offers the proposal to the DVO", () => {
    given(routeDecider, submitted())
      .when(decision("stuurgroep", "approve", "besluit-sg-1"), ctx(persons.stuurgroepSecretaris))
      .thenEvents((events, state) => {
        const recorded = events[0] as DecisionRecorded
        assert.strictEqual(recorded.final, false)
        assert.isTrue(state.exists && state.status === "submitted" && state.step === 1)
      })
  })

  it("route.previous-step-not-approved: the DVO cannot accord while the Stuurgroep has not approved the version, and it is said once", () => {
    const refusal = given(routeDecider, submitted())
      .when(decision("dvo", "accord", "besluit-dvo-1"), ctx(persons.dvoSecretaris))
      .refused("route.previous-step-not-approved")
    assert.deepStrictEqual(refusal.violations[0]?.facts, {
      item: itemId,
      version: 1,
      body: "dvo",
      missing: "stuurgroep",
    })
  })

  it("route.previous-step-not-approved: a returned proposal starts the route again as a new version", () => {
    const returned = history(
      [persons.drafter, draft()],
      [persons.trekker, new SubmitItem({ itemId })],
      [persons.stuurgroepSecretaris, decision("stuurgroep", "approve", "besluit-sg-1")],
      [persons.dvoSecretaris, decision("dvo", "return", "besluit-dvo-1")],
      [persons.drafter, new EditItem({ itemId, content: content(2_000_000) })],
      [persons.trekker, new SubmitItem({ itemId })],
    )
    const state = fold(routeDecider, returned)
    assert.isTrue(state.exists && state.version === 2 && state.step === 0)
    given(routeDecider, returned)
      .when(decision("dvo", "accord", "besluit-dvo-2"), ctx(persons.dvoSecretaris))
      .refused("route.previous-step-not-approved")
  })

  it("the DVO accords the approved version and the budget is committed", () => {
    given(routeDecider, approvedByStuurgroep())
      .when(decision("dvo", "accord", "besluit-dvo-1"), ctx(persons.dvoSecretaris))
      .thenEvents((events, state) => {
        const recorded = events[0] as DecisionRecorded
        assert.isTrue(recorded.final)
        assert.strictEqual(recorded.committedBudget, 2_500_000)
        assert.isTrue(state.exists && state.status === "accorded")
      })
  })

  it("route.outcome-not-allowed: the Stuurgroep approves, it does not accord", () => {
    given(routeDecider, submitted())
      .when(decision("stuurgroep", "accord", "besluit-sg-1"), ctx(persons.stuurgroepSecretaris))
      .refused("route.outcome-not-allowed")
  })

  it("route.not-on-route: nothing to decide on a draft", () => {
    given(routeDecider, history([persons.drafter, draft()]))
      .when(decision("stuurgroep", "approve", "besluit-sg-1"), ctx(persons.stuurgroepSecretaris))
      .refused("route.not-on-route")
  })

  it("authority.may-not-act-for-body: a member of the DVO cannot record its decision", () => {
    given(routeDecider, approvedByStuurgroep())
      .when(decision("dvo", "accord", "besluit-dvo-1"), ctx(persons.dvoLid))
      .refused("authority.may-not-act-for-body")
  })

  it("the voorzitter records a decision as well as the secretaris", () => {
    given(routeDecider, approvedByStuurgroep())
      .when(decision("dvo", "accord", "besluit-dvo-1"), ctx(persons.dvoVoorzitter))
      .thenEvents((events) => assert.strictEqual(events.length, 1))
  })

  it("decision.quorum-not-met: the DVO decides only with half of its entitled members present", () => {
    const few = fullMeeting("dvo").attendance.slice(0, 5)
    const refusal = given(routeDecider, approvedByStuurgroep())
      .when(decision("dvo", "accord", "besluit-dvo-1", { attendance: few }), ctx(persons.dvoSecretaris))
      .refused("decision.quorum-not-met")
    assert.deepStrictEqual(refusal.violations[0]?.facts, {
      body: "dvo",
      present: 5,
      required: 10,
      entitled: 19,
      quorumPercent: 50,
    })
    assert.include(refusal.violations[0]?.explanation.nl ?? "", "5 van 19")
  })

  it("decision.quorum-not-met: recused members do not count for the quorum", () => {
    const attendance = fullMeeting("stuurgroep").attendance
    // 6 entitled, 3 recused: 3 remain entitled and present: quorum met
    given(routeDecider, submitted())
      .when(
        decision("stuurgroep", "approve", "besluit-sg-1", { attendance, recused: attendance.slice(0, 3) }),
        ctx(persons.stuurgroepSecretaris),
      )
      .thenEvents((events) => assert.deepStrictEqual((events[0] as DecisionRecorded).recused, attendance.slice(0, 3)))
    // 2 present of 6 entitled, 1 of them recused: 1 of 5 present, 3 needed
    given(routeDecider, submitted())
      .when(
        decision("stuurgroep", "approve", "besluit-sg-1", {
          attendance: attendance.slice(0, 2),
          recused: attendance.slice(0, 1),
        }),
        ctx(persons.stuurgroepSecretaris),
      )
      .refused("decision.quorum-not-met")
  })

  it("decision.voter-not-entitled: a recused member does not vote", () => {
    const attendance = fullMeeting("stuurgroep").attendance
    given(routeDecider, submitted())
      .when(
        decision("stuurgroep", "approve", "besluit-sg-1", {
          attendance,
          recused: [attendance[0]!],
          votes: [{ member: attendance[0]!, vote: "for" }],
        }),
        ctx(persons.stuurgroepSecretaris),
      )
      .refused("decision.voter-not-entitled")
  })

  it("decision.rule-not-satisfied: consensus fails on one objection", () => {
    const attendance = fullMeeting("stuurgroep").attendance
    given(routeDecider, submitted())
      .when(
        decision("stuurgroep", "approve", "besluit-sg-1", { votes: [{ member: attendance[1]!, vote: "against" }] }),
        ctx(persons.stuurgroepSecretaris),
      )
      .refused("decision.rule-not-satisfied")
  })

  it("decision.rule-not-satisfied and decision.votes-required: majority of votes cast", () => {
    const majorityModel = modelWith((json) => {
      const sg = json.bodies.find((b) => b.id === "stuurgroep")!
      Object.assign(sg, { decisionRule: { method: "majority" } })
    })
    const attendance = fullMeeting("stuurgroep").attendance
    const context = ctx(persons.stuurgroepSecretaris, { model: majorityModel })
    given(routeDecider, submitted())
      .when(decision("stuurgroep", "approve", "besluit-sg-1"), context)
      .refused("decision.votes-required")
    given(routeDecider, submitted())
      .when(
        decision("stuurgroep", "approve", "besluit-sg-1", {
          votes: [
            { member: attendance[0]!, vote: "for" },
            { member: attendance[1]!, vote: "against" },
            { member: attendance[2]!, vote: "abstain" },
          ],
        }),
        context,
      )
      .refused("decision.rule-not-satisfied")
    given(routeDecider, submitted())
      .when(
        decision("stuurgroep", "approve", "besluit-sg-1", {
          votes: [
            { member: attendance[0]!, vote: "for" },
            { member: attendance[1]!, vote: "for" },
            { member: attendance[2]!, vote: "against" },
            { member: attendance[3]!, vote: "abstain" },
          ],
        }),
        context,
      )
      .thenEvents((events) => assert.strictEqual(events.length, 1))
  })

  it("decision.votes-required and decision.rule-not-satisfied: unanimity needs every present member for", () => {
    const unanimousModel = modelWith((json) => {
      const sg = json.bodies.find((b) => b.id === "stuurgroep")!
      Object.assign(sg, { decisionRule: { method: "unanimity" } })
    })
    const attendance = fullMeeting("stuurgroep").attendance
    const context = ctx(persons.stuurgroepSecretaris, { model: unanimousModel })
    const allFor = attendance.map((member) => ({ member, vote: "for" as const }))
    given(routeDecider, submitted())
      .when(decision("stuurgroep", "approve", "besluit-sg-1", { votes: allFor.slice(1) }), context)
      .refused("decision.votes-required")
    given(routeDecider, submitted())
      .when(
        decision("stuurgroep", "approve", "besluit-sg-1", {
          votes: [...allFor.slice(1), { member: attendance[0]!, vote: "abstain" }],
        }),
        context,
      )
      .refused("decision.rule-not-satisfied")
    given(routeDecider, submitted())
      .when(decision("stuurgroep", "approve", "besluit-sg-1", { votes: allFor }), context)
      .thenEvents((events) => assert.strictEqual(events.length, 1))
  })

  it("decision.four-eyes: the drafter cannot alone approve the item", () => {
    const drafterInStuurgroep = modelWith((json) => {
      json.memberships.push({ person: "lid-eg-oc-rheden", body: "stuurgroep", role: "lid", from: "2016-01-01" })
      const sg = json.bodies.find((b) => b.id === "stuurgroep")!
      Object.assign(sg, { decisionRule: { method: "consensus" } })
    })
    const context = ctx(persons.stuurgroepSecretaris, { model: drafterInStuurgroep })
    given(routeDecider, submitted())
      .when(decision("stuurgroep", "approve", "besluit-sg-1", { attendance: ["lid-eg-oc-rheden" as never] }), context)
      .refused("decision.four-eyes")
    given(routeDecider, submitted())
      .when(
        decision("stuurgroep", "approve", "besluit-sg-1", {
          attendance: ["lid-eg-oc-rheden", "burgemeester-ede"] as never,
        }),
        context,
      )
      .thenEvents((events) => assert.strictEqual(events.length, 1))
  })

  it("decision.attendee-not-member and decision.meeting-in-future", () => {
    given(routeDecider, submitted())
      .when(
        decision("stuurgroep", "approve", "besluit-sg-1", {
          meetingDate: "2016-06-02" as never,
          attendance: [...fullMeeting("stuurgroep").attendance, "manager-riec" as never],
        }),
        ctx(persons.stuurgroepSecretaris),
      )
      .refused("decision.attendee-not-member", "decision.meeting-in-future")
  })

  it("decision.remarks-required: returning an item needs remarks", () => {
    given(routeDecider, submitted())
      .when(decision("stuurgroep", "return", "besluit-sg-1", { remarks: " " }), ctx(persons.stuurgroepSecretaris))
      .refused("decision.remarks-required")
  })

  it("budget.exceeds-available: the accord is refused naming the shortfall", () => {
    const refusal = given(routeDecider, approvedByStuurgroep())
      .when(
        decision("dvo", "accord", "besluit-dvo-1"),
        ctx(persons.dvoSecretaris, { budget: { available: 150_000_000, committed: 149_000_000 } }),
      )
      .refused("budget.exceeds-available")
    assert.deepStrictEqual(refusal.violations[0]?.facts, {
      available: 150_000_000,
      committed: 149_000_000,
      requested: 2_500_000,
      shortfall: 1_500_000,
    })
    assert.include(refusal.violations[0]?.explanation.nl ?? "", "€ 15.000,00")
    assert.include(refusal.violations[0]?.explanation.en ?? "", "shortfall of € 15.000,00")
  })

  it("several failed rules are all reported, not only the first", () => {
    const refusal = given(routeDecider, approvedByStuurgroep())
      .when(
        decision("dvo", "accord", "besluit-dvo-1", { attendance: [], meetingDate: "2016-07-01" as never }),
        ctx(persons.dvoLid, { budget: { available: 0, committed: 0 } }),
      )
      .refused(
        "authority.may-not-act-for-body",
        "budget.exceeds-available",
        "decision.meeting-in-future",
        "decision.no-members-present",
        "decision.quorum-not-met",
      )
    assert.match(refusal.explain("nl"), /burgemeester-arnhem mag op 2016-06-01 niet namens dvo handelen/)
  })

  it("a progress report is only taken note of", () => {
    const onRoute = history(
      [persons.stuurgroepSecretaris, draft("voortgangsrapportage", 0, "stuurgroep")],
      [persons.stuurgroepSecretaris, new SubmitItem({ itemId })],
    )
    const state = fold(routeDecider, onRoute)
    assert.isTrue(state.exists && state.kind === "voortgangsrapportage" && state.status === "submitted")
    given(routeDecider, onRoute)
      .when(decision("dvo", "approve", "besluit-dvo-1"), ctx(persons.dvoSecretaris))
      .refused("route.outcome-not-allowed")
    given(routeDecider, onRoute)
      .when(decision("dvo", "take-note", "besluit-dvo-1"), ctx(persons.dvoSecretaris))
      .thenEvents((_events, after) => assert.isTrue(after.exists && after.status === "noted"))
  })
})

describe("withdrawal, revocation and immutability", () => {
  it("the drafting group withdraws its item before the final decision", () => {
    given(routeDecider, approvedByStuurgroep())
      .when(new WithdrawItem({ itemId, reason: "Samengevoegd met een ander voorstel." }), ctx(persons.trekker))
      .thenEvents((_events, state) => assert.isTrue(state.exists && state.status === "withdrawn"))
  })

  it("item.not-withdrawable: not after the final decision", () => {
    given(routeDecider, accorded())
      .when(new WithdrawItem({ itemId, reason: "Te laat." }), ctx(persons.trekker))
      .refused("item.not-withdrawable")
  })

  it("authority.may-not-act-for-body: the Stuurgroep does not withdraw an expert group's proposal", () => {
    given(routeDecider, submitted())
      .when(new WithdrawItem({ itemId, reason: "Niet nodig." }), ctx(persons.stuurgroepSecretaris))
      .refused("authority.may-not-act-for-body")
  })

  it("a revocation is a new decision that cites the old one and releases its budget", () => {
    given(routeDecider, accorded())
      .when(
        new RevokeDecision({
          itemId,
          decisionId: DecisionId.make("besluit-dvo-2"),
          revokes: DecisionId.make("besluit-dvo-1"),
          body: "dvo" as never,
          ...fullMeeting("dvo"),
        }),
        ctx(persons.dvoSecretaris),
      )
      .thenEvents((events, state) => {
        assert.strictEqual(events[0]?._tag, "DecisionRevoked")
        assert.strictEqual((events[0] as { releasedBudget: number }).releasedBudget, 2_500_000)
        assert.isTrue(state.exists && state.status === "revoked")
        assert.isTrue(
          state.exists && state.decisions.find((d) => d.decisionId === "besluit-dvo-1")?.revokedBy === "besluit-dvo-2",
        )
      })
  })

  it("revocation.not-final, revocation.not-deciding-body and revocation.decision-not-found", () => {
    const revoke = (revokes: string, body: string) =>
      new RevokeDecision({
        itemId,
        decisionId: DecisionId.make("besluit-x"),
        revokes: DecisionId.make(revokes),
        body: body as never,
        ...fullMeeting(body),
      })
    given(routeDecider, accorded())
      .when(revoke("besluit-sg-1", "stuurgroep"), ctx(persons.stuurgroepSecretaris))
      .refused("revocation.not-final")
    given(routeDecider, accorded())
      .when(revoke("besluit-dvo-1", "stuurgroep"), ctx(persons.stuurgroepSecretaris))
      .refused("revocation.not-deciding-body")
    given(routeDecider, accorded())
      .when(revoke("besluit-onbekend", "dvo"), ctx(persons.dvoSecretaris))
      .refused("revocation.decision-not-found")
  })

  it("revocation.already-revoked: a decision is revoked once", () => {
    const revoke = (id: string) =>
      new RevokeDecision({
        itemId,
        decisionId: DecisionId.make(id),
        revokes: DecisionId.make("besluit-dvo-1"),
        body: "dvo" as never,
        ...fullMeeting("dvo"),
      })
    const revoked = [...accorded(), ...history()]
    const once = routeDecider.decide(revoke("besluit-dvo-2"), fold(routeDecider, revoked), ctx(persons.dvoSecretaris))
    if (once._tag === "Left") assert.fail(once.left.message)
    given(routeDecider, [...revoked, ...once.right])
      .when(revoke("besluit-dvo-3"), ctx(persons.dvoSecretaris))
      .refused("revocation.already-revoked")
  })

  it("decision.immutable: a decision id is never recorded twice", () => {
    const returned = history(
      [persons.drafter, draft()],
      [persons.trekker, new SubmitItem({ itemId })],
      [persons.stuurgroepSecretaris, decision("stuurgroep", "return", "besluit-sg-1")],
      [persons.trekker, new SubmitItem({ itemId })],
    )
    given(routeDecider, returned)
      .when(decision("stuurgroep", "approve", "besluit-sg-1"), ctx(persons.stuurgroepSecretaris))
      .refused("decision.immutable")
  })
})
