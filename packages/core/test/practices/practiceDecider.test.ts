import { assert, describe, it } from "@effect/vitest"
import { Kernel, Practice, Route } from "@weerbaar/core"
import { given } from "@weerbaar/core/testing"
import {
  accordedPractice,
  ctx,
  designate,
  evaluate,
  evaluation,
  followRoute,
  inPilot,
  persons,
  practiceId,
  register,
  registered,
  tried,
} from "../support/practiceFixtures.js"
import { decision, draft, history, persons as routePersons } from "../support/routeFixtures.js"

const documentation = {
  description: "Convenant met vaste werkafspraken.",
  context: "Gemeenten met hennepteelt in woningen.",
  conditions: "Een regisseur bij de gemeente; gegevensdeling via het RIEC.",
  executionAgreements: "De politie meldt, de gemeente sluit, de netbeheerder verrekent.",
}

describe("the Best Practice catalogue", () => {
  it("a member of the theme's expert group inventories a candidate", () => {
    given(Practice.practiceDecider)
      .when(register(), ctx(persons.lid))
      .thenEvents((events, state) => {
        assert.strictEqual(events[0]?._tag, "PracticeRegistered")
        assert.isTrue(state.exists && state.status === "kandidaat")
      })
  })

  it("practice.not-expert-group-member: a member of another expert group does not inventory this theme", () => {
    given(Practice.practiceDecider)
      .when(register(), ctx(persons.otherGroup))
      .refused("practice.not-expert-group-member")
  })

  it("practice.already-exists: every practice has an identifier of its own", () => {
    given(Practice.practiceDecider, registered()).when(register(), ctx(persons.lid)).refused("practice.already-exists")
  })

  it("practice.not-found: an action concerns a catalogued practice", () => {
    given(Practice.practiceDecider)
      .when(new Practice.StartPilot({ practiceId }), ctx(persons.lid))
      .refused("practice.not-found")
  })

  it("a member documents the practice so others can adopt it; an outsider does not", () => {
    given(Practice.practiceDecider, registered())
      .when(new Practice.DocumentPractice({ practiceId, documentation }), ctx(persons.lid))
      .thenEvents((_, state) => assert.deepStrictEqual(state.exists && state.documentation, documentation))
    given(Practice.practiceDecider, registered())
      .when(new Practice.DocumentPractice({ practiceId, documentation }), ctx(persons.outsider))
      .refused("practice.not-expert-group-member")
  })
})

describe("pilots before the accord", () => {
  it("authority.may-not-act-for-body: only a person acting for the Stuurgroep designates a pilot municipality", () => {
    given(Practice.practiceDecider, registered())
      .when(designate(), ctx(persons.lid))
      .refused("authority.may-not-act-for-body")
  })

  it("practice.not-a-municipality and decision.meeting-in-future: a pilot municipality is a gemeente, decided in the past", () => {
    given(Practice.practiceDecider, registered())
      .when(designate("politie-oost-nederland", "sg-x", "2016-07-01"), ctx(persons.stuurgroep))
      .refused("practice.not-a-municipality", "decision.meeting-in-future")
  })

  it("practice.already-designated: a municipality is designated once", () => {
    given(Practice.practiceDecider, inPilot())
      .when(designate(), ctx(persons.stuurgroep))
      .refused("practice.already-designated")
  })

  it("practice.no-pilot-municipality: no pilot without a designated pilot municipality", () => {
    given(Practice.practiceDecider, registered())
      .when(new Practice.StartPilot({ practiceId }), ctx(persons.trekker))
      .refused("practice.no-pilot-municipality")
  })

  it("a pilot evaluation makes the practice beproefd", () => {
    given(Practice.practiceDecider, inPilot())
      .when(evaluate("pilot"), ctx(persons.lid))
      .thenEvents((_, state) => assert.isTrue(state.exists && state.status === "beproefd"))
  })

  it("practice.wrong-status and practice.date-in-future: an execution evaluation waits for the execution, and for its date", () => {
    given(Practice.practiceDecider, inPilot())
      .when(
        new Practice.RecordEvaluation({
          practiceId,
          evaluation: evaluation("uitvoering", undefined, undefined, "2017-01-01"),
        }),
        ctx(persons.lid),
      )
      .refused("practice.wrong-status", "practice.date-in-future")
  })

  it("the expert group stops a tried practice", () => {
    given(Practice.practiceDecider, tried())
      .when(new Practice.StopPractice({ practiceId, reason: "Geen effect in de pilot." }), ctx(persons.lid))
      .thenEvents((_, state) => assert.isTrue(state.exists && state.status === "gestopt"))
  })

  it("practice.evaluation-exists: every evaluation has an identifier of its own", () => {
    const accorded = accordedPractice()
    const executing = [
      ...accorded,
      ...Practice.practiceDecider
        .decide(
          new Practice.StartExecution({ practiceId }),
          Kernel.fold(Practice.practiceDecider, accorded),
          ctx(persons.lid),
        )
        .pipe((r) => (r._tag === "Right" ? r.right.events : [])),
    ]
    given(Practice.practiceDecider, executing)
      .when(evaluate("uitvoering", undefined, "ev-pilot", "2016-06-01"), ctx(persons.lid))
      .refused("practice.evaluation-exists")
  })

  it("practice.wrong-status: a practice is rejected only before it is proposed", () => {
    given(Practice.practiceDecider, accordedPractice())
      .when(new Practice.RejectPractice({ practiceId, reason: "Niet uitvoerbaar." }), ctx(persons.lid))
      .refused("practice.wrong-status")
  })
})

describe("proposal and accord follow the approval route", () => {
  it("a submitted proposal makes its practices voorgesteld; only the DVO's accord makes them geaccordeerd", () => {
    const approvedOnly = followRoute(
      tried(),
      history(
        [routePersons.drafter, draft()],
        [routePersons.trekker, new Route.SubmitItem({ itemId: Route.ItemId.make("bv-hennep") })],
        [routePersons.stuurgroepSecretaris, decision("stuurgroep", "approve", "besluit-sg-1")],
      ),
    )
    const afterStuurgroep = Kernel.fold(Practice.practiceDecider, approvedOnly)
    assert.isTrue(afterStuurgroep.exists && afterStuurgroep.status === "voorgesteld")
    const accorded = Kernel.fold(Practice.practiceDecider, accordedPractice())
    assert.isTrue(accorded.exists && accorded.status === "geaccordeerd")
    assert.strictEqual(accorded.exists ? accorded.accord?.body : undefined, "dvo")
    assert.strictEqual(
      accorded.exists ? accorded.accord?.decisionId : undefined,
      Route.DecisionId.make("besluit-dvo-1"),
    )
  })

  it("a withdrawn proposal returns its practices to the status they had", () => {
    const events = followRoute(
      tried(),
      history(
        [routePersons.drafter, draft()],
        [routePersons.trekker, new Route.SubmitItem({ itemId: Route.ItemId.make("bv-hennep") })],
        [
          routePersons.trekker,
          new Route.WithdrawItem({ itemId: Route.ItemId.make("bv-hennep"), reason: "Eerst breder pilotten." }),
        ],
      ),
    )
    const state = Kernel.fold(Practice.practiceDecider, events)
    assert.isTrue(state.exists && state.status === "beproefd")
    assert.deepStrictEqual(events.map((e) => e._tag).slice(-2), ["PracticeProposed", "PracticeProposalClosed"])
  })

  it("the expert group starts the execution of an accorded practice", () => {
    given(Practice.practiceDecider, accordedPractice())
      .when(new Practice.StartExecution({ practiceId }), ctx(persons.trekker))
      .thenEvents((_, state) => assert.isTrue(state.exists && state.status === "in_uitvoering"))
  })
})
