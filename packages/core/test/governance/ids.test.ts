import { assert, describe, it } from "@effect/vitest"
import {
  Governance,
  type Handover,
  type Information,
  Kernel,
  type Milestone,
  type Practice,
  type Programme,
  type Route,
} from "@weerbaar/core"
import { type Context, Either, Schema } from "effect"
import { expectTypeOf } from "vitest"

// The `@ts-expect-error` lines are checked by `tsc --noEmit` over the tests: if an id became
// assignable to another again, the directive would be unused and the type check would fail.

const person = Governance.PersonId.make("secretaris-dvo")
const body = Governance.BodyId.make("dvo")
const organisation = Governance.OrganisationId.make("politie-oost-nederland")

const takesBody = (id: Governance.BodyId) => id
const takesPerson = (id: Governance.PersonId) => id
const takesOrganisation = (id: Governance.OrganisationId) => id

describe("ids are distinct brands", () => {
  it("a person is not a body, not an organisation, and a plain string is none of them", () => {
    expectTypeOf(person).not.toEqualTypeOf<Governance.BodyId>()
    expectTypeOf(person).not.toMatchTypeOf<Governance.BodyId>()
    expectTypeOf(person).not.toMatchTypeOf<Governance.OrganisationId>()
    expectTypeOf(body).not.toMatchTypeOf<Governance.PersonId>()
    expectTypeOf(organisation).not.toMatchTypeOf<Governance.BodyId>()
    expectTypeOf<string>().not.toMatchTypeOf<Governance.PersonId>()
    expectTypeOf<string>().not.toMatchTypeOf<Governance.BodyId>()
    expectTypeOf<string>().not.toMatchTypeOf<Governance.OrganisationId>()
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
    expectTypeOf<Route.ItemId>().not.toMatchTypeOf<Route.DecisionId>()
    expectTypeOf<Route.DecisionId>().not.toMatchTypeOf<Route.ItemId>()
    expectTypeOf<Practice.PracticeId>().not.toMatchTypeOf<Route.ItemId>()
    expectTypeOf<Information.ProductId>().not.toMatchTypeOf<Practice.PracticeId>()
    expectTypeOf<Milestone.MilestoneId>().not.toMatchTypeOf<Route.ItemId>()
    expectTypeOf<Route.ItemId>().not.toMatchTypeOf<Governance.PersonId>()
  })

  it("the services take the acting person as a PersonId", () => {
    type ProgrammeService = Context.Tag.Service<Programme.Programme>
    expectTypeOf<Parameters<ProgrammeService["route"]>[0]>().toEqualTypeOf<Governance.PersonId>()
    expectTypeOf<Parameters<ProgrammeService["adoptModel"]>[1]>().toEqualTypeOf<Governance.PersonId>()
    expectTypeOf<Parameters<ProgrammeService["allowedActions"]>[0]>().toEqualTypeOf<Governance.PersonId>()
    expectTypeOf<
      Parameters<Context.Tag.Service<Information.Information>["read"]>[0]
    >().toEqualTypeOf<Governance.PersonId>()
    expectTypeOf<
      Parameters<Context.Tag.Service<Handover.Handover>["importPackage"]>[0]
    >().toEqualTypeOf<Governance.PersonId>()
    expectTypeOf<Governance.BodyId>().not.toMatchTypeOf<Parameters<ProgrammeService["route"]>[0]>()
  })

  it("the services read an item, a practice or a product by its own id", () => {
    expectTypeOf<Parameters<Context.Tag.Service<Programme.Programme>["item"]>[0]>().toEqualTypeOf<Route.ItemId>()
    expectTypeOf<
      Parameters<Context.Tag.Service<Practice.Practices>["practice"]>[0]
    >().toEqualTypeOf<Practice.PracticeId>()
    expectTypeOf<
      Parameters<Context.Tag.Service<Information.Information>["read"]>[1]
    >().toEqualTypeOf<Information.ProductId>()
    expectTypeOf<Route.DecisionId>().not.toMatchTypeOf<
      Parameters<Context.Tag.Service<Programme.Programme>["item"]>[0]
    >()
  })

  it("who may act for a body is asked with a person and a body, not the two swapped", () => {
    const model = Governance.samenWeerbaar()
    const today = Kernel.calendarDate("2016-06-01")
    assert.isTrue(Governance.mayActFor(model, person, body, today))
    // @ts-expect-error the body and the person swapped
    assert.isFalse(Governance.mayActFor(model, body, person, today))
  })

  it("the model's queries take the id they look up, never a plain string or another id", () => {
    const model = Governance.samenWeerbaar()
    const today = Kernel.calendarDate("2016-06-01")
    assert.isTrue(Governance.actorsFor(model, body, today).includes(person))
    // @ts-expect-error a plain string is not a BodyId
    Governance.membersOn(model, "stuurgroep", today)
    // @ts-expect-error a person is not a body
    Governance.votingMembersOn(model, person, today)
    // @ts-expect-error a body is not a person
    Governance.findPerson(model, body)
    // @ts-expect-error a plain string is not a PersonId
    Governance.personName(model, "voorzitter-dvo")
    // @ts-expect-error a plain string is not a BodyId
    Governance.bodyName(model, "dvo")
    // @ts-expect-error a body is not an organisation
    Governance.findOrganisation(model, body)
  })

  it("an id is made only from text with the id's pattern", () => {
    assert.throws(() => Governance.PersonId.make("Secretaris DVO"))
    assert.isTrue(Either.isLeft(Schema.decodeUnknownEither(Governance.BodyId)("")))
    assert.isTrue(Either.isLeft(Schema.decodeUnknownEither(Governance.OrganisationId)(42)))
    assert.deepStrictEqual(
      Schema.decodeUnknownEither(Governance.BodyId)("stuurgroep"),
      Either.right(Governance.BodyId.make("stuurgroep")),
    )
  })
})
