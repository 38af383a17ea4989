import { decidedRuleBook } from "@weerbaar/core/testing"
import { assert, describe, it } from "@effect/vitest"
import { Effect, Either, Schema } from "effect"
import { Governance, Handover, Kernel, Programme } from "@weerbaar/core"
import { on, playProgrammeToHandover, storeLayer } from "../support/handoverStory.js"

const exported = () => Effect.runPromise(playProgrammeToHandover().pipe(Effect.provide(storeLayer())))
const vnon = Governance.vnonNetwerk()
const riec = "lid-eg-oc-riec"

const packageOf = (text: string): Handover.HandoverPackage => {
  const checked = Handover.verifyHandoverPackage(JSON.parse(text))
  if (Either.isLeft(checked)) throw new Error(checked.left.message)
  return checked.right
}

describe("members of the programme's expert groups join VNON's expert group with their history", () => {
  it("the package (version 2) carries every expert group member with role name, organisation and periods", async () => {
    const pkg = packageOf(await exported())
    assert.strictEqual(pkg.packageVersion, 2)
    const expert = pkg.content.experts?.find((e) => e.person === riec)
    assert.deepStrictEqual(expert && { ...expert, memberships: expert.memberships.map((m) => [m.body, m.role]) }, {
      person: riec,
      name: "lid Expertgroep Ondermijnende Criminaliteit (RIEC)",
      organisation: "riec-oost-nederland",
      organisationName: "RIEC Oost-Nederland",
      memberships: [["eg-ondermijnende-criminaliteit", "lid"]],
    })
    assert.isFalse(pkg.content.experts?.some((e) => e.person === "voorzitter-dvo"))
  })

  it("a package of the earlier format (version 1, without experts) is still read", async () => {
    const json = JSON.parse(await exported())
    delete json.content.experts
    const v1 = { ...json, packageVersion: 1, digest: Handover.contentDigest(json.content) }
    const checked = Handover.verifyHandoverPackage(v1)
    assert.isTrue(Either.isRight(checked))
  })

  it("given the package, when VNON's chair adds the RIEC member to its expert group, then the membership change carries the history and shows in the tree", async () => {
    const pkg = packageOf(await exported())
    const joined = Handover.withJoinedExpert(vnon, {
      package: pkg,
      person: riec,
      body: "eg-ondermijning-vnon",
      role: "lid",
      from: Kernel.calendarDate("2017-07-01"),
    })
    if (Either.isLeft(joined)) throw new Error(joined.left.message)
    const model = joined.right
    const seat = model.memberships.find((m) => m.person === riec && m.body === "eg-ondermijning-vnon")
    assert.strictEqual(seat?.history?.programme, "Samen Weerbaar")
    assert.strictEqual(seat?.history?.packageDigest, pkg.digest)
    assert.deepStrictEqual(
      seat?.history?.memberships.map((m) => m.bodyName),
      ["Expertgroep Ondermijnende Criminaliteit"],
    )
    assert.include(
      Governance.renderGovernanceTree(model, Kernel.calendarDate("2017-07-01")),
      "lid: lid Expertgroep Ondermijnende Criminaliteit (RIEC) (eerder in Samen Weerbaar: Expertgroep Ondermijnende Criminaliteit lid",
    )
    const adopted = await Effect.runPromise(
      Effect.gen(function* () {
        const programme = yield* Programme.Programme
        yield* on("2017-06-01")
        yield* decidedRuleBook(vnon)
        const outsider = yield* Effect.flip(programme.adoptModel(model, Governance.PersonId.make("voorzitter-bbg")))
        yield* programme.adoptModel(model, Governance.PersonId.make("burgemeester-deventer"))
        const versions = yield* programme.versions
        return { outsider: outsider._tag, basis: versions.at(-1)?.basis?._tag, model: versions.at(-1)?.model }
      }).pipe(Effect.provide(storeLayer("2017-06-01T09:00:00Z"))),
    )
    assert.strictEqual(adopted.outsider, "Refused")
    assert.strictEqual(adopted.basis, "lidmaatschappen")
    const encoded = Schema.encodeSync(Governance.GovernanceModel)(adopted.model!)
    assert.isTrue(encoded.memberships.some((m) => m.person === riec && m.history?.programme === "Samen Weerbaar"))
  })

  it("given a person not in the package, a body that is no expert group and a member already seated, then each is refused by name", async () => {
    const pkg = packageOf(await exported())
    const refusal = (person: string, body: string) => {
      const result = Handover.withJoinedExpert(vnon, {
        package: pkg,
        person,
        body,
        role: "lid",
        from: Kernel.calendarDate("2017-07-01"),
      })
      return Either.isLeft(result) ? result.left.violations.map((v) => v.code) : []
    }
    assert.deepStrictEqual(refusal("voorzitter-dvo", "eg-ondermijning-vnon"), ["handover.expert-not-in-package"])
    assert.deepStrictEqual(refusal(riec, "bbg"), ["handover.join-not-expert-group"])
    const joined = Handover.withJoinedExpert(vnon, {
      package: pkg,
      person: riec,
      body: "eg-ondermijning-vnon",
      role: "lid",
      from: Kernel.calendarDate("2017-07-01"),
    })
    if (Either.isLeft(joined)) throw new Error(joined.left.message)
    const again = Handover.withJoinedExpert(joined.right, {
      package: pkg,
      person: riec,
      body: "eg-ondermijning-vnon",
      role: "lid",
      from: Kernel.calendarDate("2017-08-01"),
    })
    assert.deepStrictEqual(Either.isLeft(again) ? again.left.violations.map((v) => v.code) : [], [
      "handover.expert-already-member",
    ])
  })
})
