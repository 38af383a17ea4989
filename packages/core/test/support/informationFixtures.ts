import { decidedRuleBook } from "@weerbaar/core/testing"
import { Effect, Layer, Schema } from "effect"
import { Governance, Information, Kernel, Programme, Store } from "@weerbaar/core"

export const model = Governance.samenWeerbaar()
export const today = "2016-06-01"
export const now = (date: string = today): Kernel.Timestamp => `${date}T10:00:00.000Z` as Kernel.Timestamp
export const ctx = (actor: Governance.PersonId, date: string = today) => ({ actor, model, now: now(date) })

/** The kinds of persons of the access matrix, as persons of the preset (and one stranger). */
export const readers = {
  dvoMember: Governance.PersonId.make("burgemeester-duiven"),
  expertGroupMember: Governance.PersonId.make("lid-eg-wm-wageningen"),
  partnerWithoutEntitlement: Governance.PersonId.make("beleidsmedewerker-provincie"),
  entitledRiecPartner: Governance.PersonId.make("officier-om"),
  outsider: Governance.PersonId.make("onbekende-bezoeker"),
}

/** A product of each classification, with a title and summary that must never leak. */
export const secretTitle = (classification: Information.Classification) => `Titel-${classification}-Zwanenburg-dossier`
export const secretSummary = (classification: Information.Classification) =>
  `Samenvatting-${classification}: loods Hoofdstraat 12`

export const registration = (classification: Information.Classification, productId = `product-${classification}`) =>
  new Information.RegisterProduct({
    productId: productId as Information.ProductId,
    kind: "lokaal-ondermijningsbeeld",
    producer: "riec-oost-nederland" as Governance.OrganisationId,
    scope: { kind: "gemeente", municipality: "rheden" as Governance.OrganisationId },
    themes: ["drugs", "vastgoedfraude"],
    classification,
    content: { title: secretTitle(classification), summary: secretSummary(classification) },
    startedOn: Kernel.calendarDate("2016-02-01"),
  })

/** Events of a product after commands decided by the real decider (a fixture step must pass). */
export const history = (
  ...steps: ReadonlyArray<readonly [Governance.PersonId, Information.InformationCommand]>
): Array<Information.InformationEvent> => {
  const events: Array<Information.InformationEvent> = []
  for (const [actor, command] of steps) {
    const state = events.reduce(Information.informationDecider.evolve, Information.informationDecider.initialState)
    const result = Information.informationDecider.decide(command, state, ctx(actor))
    if (result._tag === "Left") throw new Error(`fixture step refused: ${result.left.message}`)
    events.push(...result.right.events)
  }
  return events
}

/** The Information and Programme services on a fresh in-memory store with the preset adopted. */
export const informationLayer = () =>
  Layer.mergeAll(Information.Information.layer, Programme.Programme.layer).pipe(
    Layer.provideMerge(Programme.ProgrammeRuntime.layer),
    Layer.provideMerge(Store.InMemoryEventStore.withReadModels(Information.informationReadModels)),
    Layer.provideMerge(Store.IdGenerator.sequential),
    Layer.provideMerge(Store.ProgrammeClock.settable(`${today}T09:00:00Z`)),
  )

export const at = (date: string) => Effect.flatMap(Store.ClockControl, (c) => c.set(`${date}T10:00:00Z`))

/** Adopts the preset and registers one product of each classification as the RIEC's manager. */
export const withProductOfEachClassification = Effect.gen(function* () {
  const information = yield* Information.Information
  yield* decidedRuleBook(model)
  for (const classification of ["openbaar", "intern", "vertrouwelijk"] as const) {
    yield* information.execute(Governance.PersonId.make("manager-riec"), registration(classification))
  }
})

/** The preset with `extra` entitlements added (JSON form): a covenant that grants more, or that ended. */
export const modelWith = (
  ...extra: NonNullable<Governance.GovernanceModelJson["entitlements"]>
): Governance.GovernanceModel => {
  const json = Governance.samenWeerbaarJson()
  return Schema.decodeUnknownSync(Governance.GovernanceModel)({
    ...json,
    entitlements: [...(json.entitlements ?? []), ...extra],
  })
}
