import { assert, describe, it } from "@effect/vitest"
import {
  BodyId,
  calendarDate,
  type DecisionId,
  type Handover,
  type Information,
  type ItemId,
  mayActFor,
  type MilestoneId,
  OrganisationId,
  PersonId,
  type PracticeId,
  type Practices,
  type ProductId,
  type Programme,
  samenWeerbaar,
} from "@weerbaar/core"
import { type Context, Either, Schema } from "effect"
import { expectTypeOf } from "vitest"

// The `@ts-expect-error` lines are checked by `tsc --noEmit` over the tests: if an id became
// assignable to another again, the directive would be unused and the type check would fail.

const person = PersonId.make("secretaris-dvo")
const body = BodyId.make("dvo")
const organisation = OrganisationId.make("politie-oost-nederland")

const takesBody = (id: BodyId) => id
const takesPerson = (id: PersonId) => id
const takesOrganisation = (id: OrganisationId) => id

describe("ids are distinct brands", () => {
  it("a person is not a body, not an organisation, and a plain string is none of them", () => {
    expectTypeOf(person).not.toEqualTypeOf<BodyId>()
    expectTypeOf(person).not.toMatchTypeOf<BodyId>()
    expectTypeOf(person).not.toMatchTypeOf<OrganisationId>()
    expectTypeOf(body).not.toMatchTypeOf<PersonId>()
    expectTypeOf(organisation).not.toMatchTypeOf<BodyId>()
    expectTypeOf<string>().not.toMatchTypeOf<PersonId>()
    expectTypeOf<string>().not.toMatchTypeOf<BodyId>()
    expectTypeOf<string>().not.toMatchTypeOf<OrganisationId>()
    // Each id is still a string where a string is asked.
    expectTypeOf(person).toMatchTypeOf<string>()

    // @ts-expect-error a person where a body is expected
    takesBody(person)
    // @ts-expect-error an organisation where a body is expected
    takesBody(organisation)
    // @ts-expect-error a body where a person is expected
    takesPerson(body)
    // @ts-expect-error a person where an organisation is expected
    takesOrganisation(person)
    // @ts-expect-error a plain string where a person is expected
    takesPerson("secretaris-dvo")
    assert.strictEqual(takesBody(body), "dvo")
  })

  it("the ids of items, decisions, practices, products and milestones are distinct too", () => {
    expectTypeOf<ItemId>().not.toMatchTypeOf<DecisionId>()
    expectTypeOf<DecisionId>().not.toMatchTypeOf<ItemId>()
    expectTypeOf<PracticeId>().not.toMatchTypeOf<ItemId>()
    expectTypeOf<ProductId>().not.toMatchTypeOf<PracticeId>()
    expectTypeOf<MilestoneId>().not.toMatchTypeOf<ItemId>()
    expectTypeOf<ItemId>().not.toMatchTypeOf<PersonId>()
  })

  it("the services take the acting person as a PersonId", () => {
    type ProgrammeService = Context.Tag.Service<Programme>
    expectTypeOf<Parameters<ProgrammeService["route"]>[0]>().toEqualTypeOf<PersonId>()
    expectTypeOf<Parameters<ProgrammeService["adoptModel"]>[1]>().toEqualTypeOf<PersonId>()
    expectTypeOf<Parameters<ProgrammeService["allowedActions"]>[0]>().toEqualTypeOf<PersonId>()
    expectTypeOf<Parameters<Context.Tag.Service<Information>["read"]>[0]>().toEqualTypeOf<PersonId>()
    expectTypeOf<Parameters<Context.Tag.Service<Handover>["importPackage"]>[0]>().toEqualTypeOf<PersonId>()
    expectTypeOf<BodyId>().not.toMatchTypeOf<Parameters<ProgrammeService["route"]>[0]>()
  })

  it("the services read an item, a practice or a product by its own id", () => {
    expectTypeOf<Parameters<Context.Tag.Service<Programme>["item"]>[0]>().toEqualTypeOf<ItemId>()
    expectTypeOf<Parameters<Context.Tag.Service<Practices>["practice"]>[0]>().toEqualTypeOf<PracticeId>()
    expectTypeOf<Parameters<Context.Tag.Service<Information>["read"]>[1]>().toEqualTypeOf<ProductId>()
    expectTypeOf<DecisionId>().not.toMatchTypeOf<Parameters<Context.Tag.Service<Programme>["item"]>[0]>()
  })

  it("who may act for a body is asked with a person and a body, not the two swapped", () => {
    const model = samenWeerbaar()
    const today = calendarDate("2016-06-01")
    assert.isTrue(mayActFor(model, person, body, today))
    // @ts-expect-error the body and the person swapped
    assert.isFalse(mayActFor(model, body, person, today))
  })

  it("an id is made only from text with the id's pattern", () => {
    assert.throws(() => PersonId.make("Secretaris DVO"))
    assert.isTrue(Either.isLeft(Schema.decodeUnknownEither(BodyId)("")))
    assert.isTrue(Either.isLeft(Schema.decodeUnknownEither(OrganisationId)(42)))
    assert.deepStrictEqual(Schema.decodeUnknownEither(BodyId)("stuurgroep"), Either.right(BodyId.make("stuurgroep")))
  })
})
