import { assert, describe, it } from "@effect/vitest"
import { Either } from "effect"
import { Governance } from "@weerbaar/core"

const problemsOf = (forces: Record<string, string>): Array<string> => {
  const json = { ...JSON.parse(JSON.stringify(Governance.samenWeerbaarJson())), forces }
  const result = Governance.decodeGovernanceModel(json)
  return Either.isRight(result) ? [] : result.left.problems.map((p) => `${Governance.formatPath(p.path)}: ${p.message}`)
}

const invariants = Governance.ruleBook.filter((r) => r.invariant === true)

describe("the forces of a governance model", () => {
  it("the rule book names each code once, and marks the invariants the plan names", () => {
    const codes = Governance.ruleBook.map((r) => r.code)
    assert.strictEqual(new Set(codes).size, codes.length)
    for (const code of [
      "authority.may-not-act-for-body",
      "authority.not-a-member",
      "governance.may-not-adopt",
      "route.not-your-turn",
      "route.previous-step-not-approved",
      "decision.immutable",
      "access.intern-members-only",
      "access.vertrouwelijk-entitled-only",
      "spending.nothing-spent",
      // Authority: who counts, votes and receives for a body is who may act for it on the date.
      "decision.attendee-not-member",
      "decision.voter-not-entitled",
      "handover.no-receiving-body",
      // Immutability: a decision is corrected only by a new decision of the body that took it, once;
      // the programme ends once.
      "revocation.not-deciding-body",
      "revocation.already-revoked",
      "programme.already-ended",
      // Comply or explain always has its explanation.
      "signal.reason-required",
    ]) {
      assert.isTrue(
        invariants.some((r) => r.code === code),
        `${code} is an invariant`,
      )
    }
    for (const code of [
      "decision.four-eyes",
      "budget.exceeds-available",
      "decision.quorum-not-met",
      // The room the plan gives (ruimte in gebondenheid): the preset signals these.
      "track.not-a-pilot-municipality",
      "track.exemption-required",
      "handover.evidence-below-minimum",
      "programme.theme-not-handed-over",
      "programme.item-on-route",
      "spending.exceeds-line",
    ]) {
      assert.isFalse(
        invariants.some((r) => r.code === code),
        `${code} is no invariant`,
      )
    }
  })

  for (const rule of invariants) {
    it(`model.invariant-weakened: ${rule.code} refuses under every model`, () => {
      for (const force of ["signaleren", "uit"]) {
        assert.deepStrictEqual(problemsOf({ [rule.code]: force }), [
          `forces.${rule.code}: model.invariant-weakened: '${rule.code}' is an invariant and always refuses, not '${force}'`,
        ])
      }
      assert.deepStrictEqual(problemsOf({ [rule.code]: "weigeren" }), [])
    })
  }

  it("model.unknown-rule: a force for a code no rule has is refused", () => {
    assert.deepStrictEqual(problemsOf({ "budget.exceeds-availble": "signaleren" }), [
      "forces.budget.exceeds-availble: model.unknown-rule: no rule of the rule book has the code 'budget.exceeds-availble'",
    ])
  })

  it("a rule that is no invariant takes each force, and every rule of the rule book takes weigeren", () => {
    for (const force of ["weigeren", "signaleren", "uit"]) {
      assert.deepStrictEqual(problemsOf({ "decision.four-eyes": force, "spending.exceeds-line": force }), [])
    }
    assert.deepStrictEqual(problemsOf(Object.fromEntries(Governance.ruleBook.map((r) => [r.code, "weigeren"]))), [])
  })

  it("a force that is none of the three does not decode", () => {
    assert.isNotEmpty(problemsOf({ "decision.four-eyes": "waarschuwen" }))
  })
})
