import { assert, describe, it } from "@effect/vitest"
import { Either } from "effect"
import { Kernel, Practice } from "@weerbaar/core"
import { given } from "@weerbaar/core/testing"
import { factsOfRule } from "../../support/facts.js"
import {
  hennep,
  hennepRegistered,
  integriteit,
  integriteitRegistered,
  link,
  linkDecided,
} from "../../support/linkFixtures.js"
import { ctx, persons } from "../../support/practiceFixtures.js"

describe("practice.already-linked", () => {
  it("given two practices of different themes, when they are linked, then the link shows on both", () => {
    const decided = linkDecided(persons.lid, link(), hennepRegistered(), integriteitRegistered())
    assert.isTrue(Either.isRight(decided))
    if (Either.isLeft(decided)) return
    const own = Kernel.fold(Practice.practiceDecider, [...hennepRegistered(), ...decided.right.events])
    assert.deepStrictEqual(own.exists ? own.related?.map((l) => l.related) : [], [integriteit])
    const mirrored = decided.right.reacted.get(Practice.practiceStreamId(integriteit))?.events ?? []
    const related = Kernel.fold(Practice.practiceDecider, [
      ...integriteitRegistered(),
      ...(mirrored as ReadonlyArray<Practice.PracticeEvent>),
    ])
    assert.deepStrictEqual(related.exists ? related.related?.map((l) => [l.related, l.note]) : [], [
      [hennep, "Bibob-toets en hennepaanpak versterken elkaar."],
    ])
  })

  it("given two linked practices, when they are linked again, then it is refused", () => {
    const linked = given(Practice.practiceDecider, hennepRegistered()).when(link(), ctx(persons.lid)).result
    if (linked._tag === "Left") throw new Error(linked.left.message)
    const refusal = given(Practice.practiceDecider, [...hennepRegistered(), ...linked.right.events])
      .when(link(), ctx(persons.lid))
      .refused("practice.already-linked")
    assert.deepStrictEqual(factsOfRule(refusal, "practice.already-linked"), { practice: hennep, related: integriteit })
  })
})
