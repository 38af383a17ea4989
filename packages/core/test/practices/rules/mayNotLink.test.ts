import { assert, describe, it } from "@effect/vitest"
import {
  hennepRegistered,
  integriteitRegistered,
  link,
  linkDecided,
  refusalCodes,
  woMember,
} from "../../support/linkFixtures.js"
import { persons } from "../../support/practiceFixtures.js"

describe("practice.may-not-link", () => {
  it("given two practices, when a member of the related practice's expert group links them, then it may", () => {
    assert.deepStrictEqual(refusalCodes(linkDecided(woMember, link(), hennepRegistered(), integriteitRegistered())), [])
  })

  it("given two practices, when a person acting for the Stuurgroep links them, then it may", () => {
    assert.deepStrictEqual(
      refusalCodes(linkDecided(persons.stuurgroep, link(), hennepRegistered(), integriteitRegistered())),
      [],
    )
  })

  it("given two practices, when someone of neither expert group nor the Stuurgroep links them, then it is refused", () => {
    assert.deepStrictEqual(
      refusalCodes(linkDecided(persons.outsider, link(), hennepRegistered(), integriteitRegistered())),
      ["practice.may-not-link"],
    )
  })
})
