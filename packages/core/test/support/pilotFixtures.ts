import { Either } from "effect"
import { Governance, Kernel, Practice, Programme, Route } from "@weerbaar/core"
import { ctx, persons, practiceId } from "./practiceFixtures.js"
import { budget, decision, history, itemId, persons as routePersons } from "./routeFixtures.js"

/** A pilot proposal of the candidate `bp-hennepconvenant` in `municipalities`, drafted by the expert group. */
export const draftPilot = (municipalities: ReadonlyArray<string> = ["rheden", "kampen"], practices = [practiceId]) =>
  new Route.DraftItem({
    itemId,
    kind: "beleidsvoorstel",
    draftingBody: Governance.BodyId.make("eg-ondermijnende-criminaliteit"),
    content: {
      title: "Pilot hennepconvenant",
      description: "Het convenant eerst als pilot in Rheden en Kampen.",
      budget: [budget(500_000)],
      practices,
      pilot: {
        municipalities: municipalities.map((m) => Governance.OrganisationId.make(m)) as [
          Governance.OrganisationId,
          ...Array<Governance.OrganisationId>,
        ],
      },
    },
  })

/** The pilot proposal drafted and submitted. */
export const pilotSubmitted = () =>
  history([routePersons.drafter, draftPilot()], [routePersons.trekker, new Route.SubmitItem({ itemId })])

/** The pilot proposal approved by the Stuurgroep (`besluit-sg-1`) and accorded by the DVO (`besluit-dvo-1`). */
export const pilotAccorded = () =>
  history(
    [routePersons.drafter, draftPilot()],
    [routePersons.trekker, new Route.SubmitItem({ itemId })],
    [routePersons.stuurgroepSecretaris, decision("stuurgroep", "approve", "besluit-sg-1")],
    [routePersons.dvoSecretaris, decision("dvo", "accord", "besluit-dvo-1")],
  )

/**
 * The codes of the refusal of `command` on the item of `item`, decided with the practice policy as
 * the runtime decides it, the practice standing as `practice` (none: not in the catalogue).
 */
export const pilotCodes = (
  command: Route.RouteCommand,
  item: ReadonlyArray<Route.RouteEvent>,
  practice: ReadonlyArray<Practice.PracticeEvent>,
) => {
  const state = Kernel.fold(Route.routeDecider, item)
  const practices = new Map([[Practice.practiceStreamId(practiceId), Kernel.fold(Practice.practiceDecider, practice)]])
  const decided = Programme.decideWithPolicies(
    Route.routeDecider,
    [Practice.practicePolicy],
    command,
    state,
    ctx(persons.trekker),
    practices,
  )
  return Either.isLeft(decided) ? decided.left : undefined
}
