import { Governance, Kernel, Programme, Route, Store } from "@weerbaar/core"
import { deepStrictEqual, ok, strictEqual } from "node:assert/strict"
import { Effect, Either, Option } from "effect"
import {
  adopted,
  at,
  decide,
  draftHennep,
  excludes,
  fullMeeting,
  includesAll,
  type ProgrammeScenario,
  programmeOn,
  scenarioContent as content,
  scenarioItemId as itemId,
  scenarioModel as model,
  scenarioPersons as persons,
} from "./programmeScenarioSetup.js"
import { writerScenarios } from "./programmeWriterScenarios.js"

export type { ProgrammeScenario, ScenarioStore } from "./programmeScenarioSetup.js"

/**
 * The approval story through the `Programme` service, on whatever store it is given: what a store
 * must do for the programme to work on it, beyond the {@link eventStoreContract} — keep the read
 * models with the events, answer retries, and meet other writers with conflicts. Give each
 * scenario a fresh store that keeps `routeReadModels`:
 *
 * @example
 * ```ts
 * for (const scenario of programmeScenarios) {
 *   it.effect(scenario.name, () => scenario.run(MyStore.layer({ readModels: routeReadModels })))
 * }
 * ```
 * @category testing
 */
export const programmeScenarios: ReadonlyArray<ProgrammeScenario> = [
  {
    name: "refuses commands before a governance model is adopted",
    run: (store) =>
      Effect.gen(function* () {
        const programme = yield* Programme.Programme
        const result = yield* Effect.either(programme.route(persons.drafter, draftHennep))
        ok(Either.isLeft(result) && result.left._tag === "NoGovernanceModel")
      }).pipe(Effect.provide(programmeOn(store))),
  },
  {
    name: "plays the approval story and keeps register, overview and history",
    run: (store) =>
      Effect.gen(function* () {
        const programme = yield* Programme.Programme
        yield* adopted
        yield* programme.route(persons.drafter, draftHennep)
        yield* programme.route(persons.trekker, new Route.SubmitItem({ itemId }))
        yield* at("2016-03-10")
        yield* programme.route(
          persons.stuurgroepSecretaris,
          decide("stuurgroep", "return", "besluit-sg-1", "2016-03-10"),
        )
        yield* programme.route(persons.drafter, new Route.EditItem({ itemId, content: content(2_000_000) }))
        yield* programme.route(persons.trekker, new Route.SubmitItem({ itemId }))
        yield* at("2016-04-07")
        yield* programme.route(
          persons.stuurgroepSecretaris,
          decide("stuurgroep", "approve", "besluit-sg-2", "2016-04-07"),
        )
        yield* at("2016-05-12")
        const refused = yield* Effect.flip(
          programme.route(
            persons.dvoSecretaris,
            decide("dvo", "accord", "besluit-dvo-1", "2016-05-12", {
              attendance: [],
            }),
          ),
        )
        // The preset's DVO decides by consensus without a quorum, but not with nobody present.
        ok(refused instanceof Kernel.Refused && refused.codes.includes("decision.no-members-present"))
        yield* programme.route(persons.dvoSecretaris, decide("dvo", "accord", "besluit-dvo-1", "2016-05-12"))

        const item = yield* programme.item(itemId)
        ok(item.exists && item.status === "accorded" && item.version === 2)
        strictEqual(item.streamVersion, 7)
        deepStrictEqual(yield* programme.budget, { available: model.programme.availableBudget, committed: 2_000_000 })

        const readModels = yield* Store.ReadModelStore
        const register = yield* readModels.query(Route.decisionRegister, { where: { itemId } })
        deepStrictEqual(
          register.rows.map((r) => [r.row.identificatie, r.row.bestuursorgaan, r.row.outcome, r.row.version]),
          [
            ["besluit-dvo-1", "dvo", "accord", 2],
            ["besluit-sg-1", "stuurgroep", "return", 1],
            ["besluit-sg-2", "stuurgroep", "approve", 2],
          ],
        )
        const overview = yield* readModels.get(Route.itemOverview, itemId)
        deepStrictEqual(Option.map(overview, (r) => [r.status, r.version, r.budgetTotal]).pipe(Option.getOrNull), [
          "accorded",
          2,
          2_000_000,
        ])
        const history = yield* readModels.query(Route.itemHistory, { where: { itemId } })
        deepStrictEqual(
          history.rows.map((r) => [r.row.what, r.row.who]),
          [
            ["ItemDrafted", persons.drafter],
            ["ItemSubmitted", persons.trekker],
            ["DecisionRecorded", persons.stuurgroepSecretaris],
            ["ItemEdited", persons.drafter],
            ["ItemSubmitted", persons.trekker],
            ["DecisionRecorded", persons.stuurgroepSecretaris],
            ["DecisionRecorded", persons.dvoSecretaris],
          ],
        )

        yield* at("2016-09-01")
        yield* programme.route(
          persons.dvoSecretaris,
          new Route.RevokeDecision({
            itemId,
            decisionId: Route.DecisionId.make("besluit-dvo-2"),
            revokes: Route.DecisionId.make("besluit-dvo-1"),
            body: Governance.BodyId.make("dvo"),
            ...fullMeeting("dvo", "2016-09-01"),
            rationale: "Aanpak gaat op in het VNON-convenant.",
          }),
        )
        deepStrictEqual(yield* programme.budget, { available: model.programme.availableBudget, committed: 0 })
        const revoked = yield* readModels.get(Route.decisionRegister, "besluit-dvo-1")
        deepStrictEqual(
          Option.map(revoked, (r) => [r.vervaldatum, r.vervalreden, r.revokedBy]).pipe(Option.getOrNull),
          ["2016-09-01", "ingetrokken_overheid", "besluit-dvo-2"],
        )
      }).pipe(Effect.provide(programmeOn(store))),
  },
  {
    name: "an executed command carries its stream's state after it, as a later read gives it",
    run: (store) =>
      Effect.gen(function* () {
        const programme = yield* Programme.Programme
        yield* adopted
        const drafted = yield* programme.route(persons.drafter, draftHennep)
        const submitted = yield* programme.route(persons.trekker, new Route.SubmitItem({ itemId }))
        ok(drafted.state.exists && drafted.state.status === "draft")
        const { streamVersion, ...read } = yield* programme.item(itemId)
        deepStrictEqual(submitted.state, read)
        strictEqual(submitted.streamVersion, streamVersion)
      }).pipe(Effect.provide(programmeOn(store))),
  },
  {
    name: "the rule book changes only by the DVO's decision; memberships by a person acting for the body",
    run: (store) =>
      Effect.gen(function* () {
        const programme = yield* Programme.Programme
        yield* adopted
        const richer = {
          ...model,
          programme: new Governance.ProgrammeDefinition({
            ...model.programme,
            availableBudget: Kernel.cents(model.programme.availableBudget * 6),
          }),
        }
        const byHand = yield* Effect.flip(programme.adoptModel(richer, persons.dvoSecretaris))
        ok(byHand instanceof Kernel.Refused && byHand.codes[0] === "model.requires-decision", String(byHand))
        const left = { ...model, memberships: model.memberships.filter((m) => m.person !== persons.drafter) }
        const notTheirs = yield* Effect.flip(programme.adoptModel(left, persons.stuurgroepSecretaris))
        ok(notTheirs instanceof Kernel.Refused && notTheirs.codes[0] === "model.may-not-change-memberships")
        yield* programme.adoptModel(left, persons.trekker)
        strictEqual((yield* programme.versions).at(-1)?.basis?._tag, "lidmaatschappen")
      }).pipe(Effect.provide(programmeOn(store))),
  },
  {
    name: "allowedActions tells each person what they may do now and why not the rest",
    run: (store) =>
      Effect.gen(function* () {
        const programme = yield* Programme.Programme
        yield* adopted
        yield* programme.route(persons.drafter, draftHennep)
        yield* programme.route(persons.trekker, new Route.SubmitItem({ itemId }))
        const forSecretary = yield* programme.allowedActions(persons.stuurgroepSecretaris, itemId)
        const approve = forSecretary.find(
          (a) => a.action === "decide" && a.body === "stuurgroep" && a.outcome === "approve",
        )
        strictEqual(approve?.allowed, true)
        const forDvo = yield* programme.allowedActions(persons.dvoSecretaris, itemId)
        const accord = forDvo.find((a) => a.action === "decide" && a.body === "dvo" && a.outcome === "accord")
        strictEqual(accord?.allowed, false)
        includesAll(accord?.reasons.map((r) => r.code) ?? [], ["route.previous-step-not-approved"])
        excludes(accord?.reasons.map((r) => r.code) ?? [], "route.not-your-turn")
      }).pipe(Effect.provide(programmeOn(store))),
  },
  ...writerScenarios,
]
