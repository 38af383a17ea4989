import { assert, describe, it } from "@effect/vitest"
import { Either } from "effect"
import { Governance, Kernel } from "@weerbaar/core"

const problemsOf = (input: unknown): Array<string> => {
  const result = Governance.decodeGovernanceModel(input)
  if (Either.isRight(result)) return []
  return result.left.problems.map((p) => `${Governance.formatPath(p.path)}: ${p.message}`)
}

const vnonCopy = (): any => JSON.parse(JSON.stringify(Governance.vnonNetwerkJson()))

describe("a liaison between bodies of the two networks", () => {
  it("given the presets, then two DVO members liaise with the chair of VNON's Expertgroep Ondermijning, the burgemeester of Deventer, in both", () => {
    for (const model of [Governance.vnonNetwerk(), Governance.samenWeerbaar()]) {
      const [liaison] = model.liaisons ?? []
      assert.deepStrictEqual(liaison?.members.map(String), ["burgemeester-westervoort", "hoofdofficier-om"])
      assert.strictEqual(liaison?.counterpart, "burgemeester-deventer")
      assert.strictEqual(liaison?.counterpartBody, "eg-ondermijning-vnon")
      assert.isFalse(model.persons.some((p) => p.id === "voorzitter-eg-ondermijning-vnon"))
      const chairs = Governance.membersOn(
        model,
        Governance.BodyId.make("eg-ondermijning-vnon"),
        Kernel.calendarDate("2016-06-01"),
      )
        .filter((m) => m.role === "trekker")
        .map((m) => m.person)
      assert.deepStrictEqual(chairs, ["burgemeester-deventer"])
    }
    assert.include(
      Governance.renderGovernanceTree(Governance.samenWeerbaar(), Kernel.calendarDate("2016-06-01")),
      "afstemming (1)",
    )
  })

  it("given a member who does not sit in the body, and a counterpart who does not chair the other, then the model is refused naming both", () => {
    const model = vnonCopy()
    model.liaisons[0].members = ["burgemeester-westervoort", "voorzitter-bbg"]
    model.liaisons[0].counterpart = "secretaris-eg-ondermijning-vnon"
    assert.deepStrictEqual(problemsOf(model), [
      "liaisons[0].members[1]: 'voorzitter-bbg' is not a member of 'dvo-gelderland-midden' on 2015-01-01",
      "liaisons[0].counterpart: 'secretaris-eg-ondermijning-vnon' does not chair 'eg-ondermijning-vnon' on 2015-01-01",
    ])
  })

  it("given a liaison of a body with itself, an unknown person and reversed dates, then each is a problem", () => {
    const model = vnonCopy()
    model.liaisons[0].counterpartBody = "dvo-gelderland-midden"
    model.liaisons[0].members = ["niemand"]
    model.liaisons[0].to = "2014-12-31"
    const problems = problemsOf(model)
    assert.include(problems, "liaisons[0].counterpartBody: a liaison connects two different bodies")
    assert.include(problems, "liaisons[0].members[0]: unknown person 'niemand'")
    assert.include(problems, "liaisons[0].to: ends (2014-12-31) before it starts (2015-01-01)")
  })

  it("given a model without liaisons, then it decodes and encodes without the field", () => {
    const model = vnonCopy()
    delete model.liaisons
    assert.deepStrictEqual(problemsOf(model), [])
  })
})
