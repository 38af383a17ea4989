import { assert, describe, it } from "@effect/vitest"
import { Either, FastCheck as fc, Schema } from "effect"
import { Governance } from "@weerbaar/core"
import { arbitraryValidModel } from "../support/arbitraryModel.js"

const problemsOf = (input: unknown): Array<string> => {
  const result = Governance.decodeGovernanceModel(input)
  if (Either.isRight(result)) return []
  return result.left.problems.map((p) => `${Governance.formatPath(p.path)}: ${p.message}`)
}

const presetCopy = (): { -readonly [K in keyof Governance.GovernanceModelJson]: any } =>
  JSON.parse(JSON.stringify(Governance.samenWeerbaarJson()))

describe("validating a governance model", () => {
  it("accepts the preset", () => {
    assert.deepStrictEqual(problemsOf(Governance.samenWeerbaarJson()), [])
  })

  it("lists every problem of a broken model at once, each with its path", () => {
    const broken = presetCopy()
    broken.memberships[0].person = "niemand" // dangling reference
    broken.memberships[1].body = "geen-orgaan" // dangling reference
    broken.memberships = broken.memberships.filter(
      (m: { body: string; role: string }) => !(m.body === "eg-weerbare-maatschappij" && m.role === "trekker"),
    ) // expert group without trekker
    broken.memberships.push({
      person: "lid-eg-oc-riec",
      body: "eg-ondermijnende-criminaliteit",
      role: "lid",
      from: "2016-06-01",
    }) // overlap
    broken.memberships.push({
      person: "lid-eg-oc-om",
      body: "eg-weerbare-overheid",
      role: "lid",
      from: "2017-01-01",
      to: "2016-01-01",
    }) // reversed
    const n = broken.memberships.length
    const problems = problemsOf(broken)
    assert.includeMembers(problems, [
      "memberships[0].person: person 'niemand' does not exist",
      "memberships[1].body: body 'geen-orgaan' does not exist",
      "bodies[3]: expert group 'eg-weerbare-maatschappij' has no trekker",
      `memberships[${n - 1}].to: membership ends (2016-01-01) before it starts (2017-01-01)`,
    ])
    assert.isTrue(
      problems.some((p) =>
        p.startsWith(
          `memberships[${n - 2}]: person 'lid-eg-oc-riec' holds role 'lid' in body 'eg-ondermijnende-criminaliteit' twice at once`,
        ),
      ),
      problems.join("\n"),
    )
    assert.strictEqual(problems.length, 5, problems.join("\n"))
  })

  it("requires one besturing body and at most one bestuurlijk body without an area", () => {
    const broken = presetCopy()
    broken.bodies[1].level = "bestuurlijk"
    const problems = problemsOf(broken)
    assert.includeMembers(problems, [
      "bodies: a programme has at most one bestuurlijk body without an area (deciding for all of it), found 2",
      "bodies: a programme needs exactly one besturing body, found 0",
    ])
  })

  it("reports every malformed field, not only the first", () => {
    const broken = presetCopy()
    broken.organisations[0].cbsCode = "0202"
    broken.memberships[0].from = "2016-02-30"
    broken.programme.availableBudget = -5
    const problems = problemsOf(broken)
    assert.strictEqual(problems.length, 3, problems.join("\n"))
    assert.isTrue(problems.some((p) => p.startsWith("organisations[0].cbsCode")))
    assert.isTrue(problems.some((p) => p.startsWith("memberships[0].from")))
    assert.isTrue(problems.some((p) => p.startsWith("programme.availableBudget")))
  })

  it("refuses a route that names an unknown body and a municipality that is not a gemeente", () => {
    const broken = presetCopy()
    broken.routes[0].steps[0].body = "raad"
    broken.programme.municipalities.push("om-oost-nederland")
    assert.includeMembers(problemsOf(broken), [
      "routes[0].steps[0].body: body 'raad' does not exist",
      "programme.municipalities[16]: organisation 'om-oost-nederland' is not a gemeente but om",
    ])
  })

  it("refuses text that is not JSON with a clear message", () => {
    const result = Governance.parseGovernanceModel("{ nope")
    assert.isTrue(Either.isLeft(result))
    if (Either.isLeft(result)) assert.match(result.left.message, /not JSON/)
  })

  it("round-trips any valid model through JSON unchanged", () => {
    fc.assert(
      fc.property(arbitraryValidModel, (json) => {
        const decoded = Schema.decodeUnknownSync(Governance.GovernanceModel)(json)
        const text = JSON.stringify(Governance.encodeGovernanceModel(decoded))
        const again = Governance.parseGovernanceModel(text)
        assert.isTrue(Either.isRight(again), Either.isLeft(again) ? again.left.message : "")
        if (Either.isRight(again)) {
          assert.deepStrictEqual(again.right, decoded)
          assert.deepStrictEqual(Governance.encodeGovernanceModel(again.right), JSON.parse(text))
        }
      }),
      { numRuns: 200 },
    )
  })
})

describe("entitlements in a governance model", () => {
  it("need exactly one holder that exists and a period that does not end before it starts", () => {
    const broken = presetCopy()
    broken.entitlements = [
      {
        grant: "vertrouwelijk",
        organisation: "riec-oost-nederland",
        person: "officier-om",
        basis: "RIEC-convenant",
        from: "2016-01-01",
      },
      { grant: "vertrouwelijk", person: "niemand", basis: "RIEC-convenant", from: "2016-01-01", to: "2015-01-01" },
    ]
    assert.deepStrictEqual(problemsOf(broken), [
      "entitlements[0]: an entitlement names exactly one holder: an organisation or a person",
      "entitlements[1].person: person 'niemand' does not exist",
      "entitlements[1].to: entitlement ends (2015-01-01) before it starts (2016-01-01)",
    ])
  })

  it("cover either products by id or a kind and scope, and a scope names a municipality that exists", () => {
    const broken = presetCopy()
    broken.entitlements = [
      {
        grant: "vertrouwelijk",
        person: "officier-om",
        products: ["lokaal-ob-rheden"],
        kind: "lokaal-ondermijningsbeeld",
        purpose: "aanpak",
        basis: "RIEC-convenant",
        from: "2016-01-01",
      },
      {
        grant: "vertrouwelijk",
        person: "officier-om",
        scope: { kind: "gemeente", municipality: "atlantis" },
        purpose: "aanpak",
        basis: "RIEC-convenant",
        from: "2016-01-01",
      },
      // The legacy form: no products, kind or scope, no purpose — still valid, covering every confidential product.
      { grant: "vertrouwelijk", person: "officier-om", basis: "RIEC-convenant", from: "2016-01-01" },
    ]
    assert.deepStrictEqual(problemsOf(broken), [
      "entitlements[0].products: an entitlement covers either products by id or a kind and scope, not both",
      "entitlements[1].scope.municipality: organisation 'atlantis' does not exist",
    ])
  })
})
