import { Effect, Layer } from "effect"
import {
  calendarDate,
  type Classification,
  ClockControl,
  IdGenerator,
  Information,
  type InformationCommand,
  informationDecider,
  type InformationEvent,
  informationReadModels,
  InMemoryEventStore,
  type OrganisationId,
  PersonId,
  type ProductId,
  Programme,
  ProgrammeClock,
  ProgrammeRuntime,
  RegisterProduct,
  samenWeerbaar,
  type Timestamp,
} from "@weerbaar/core"

export const model = samenWeerbaar()
export const today = "2016-06-01"
export const now = (date: string = today): Timestamp => `${date}T10:00:00.000Z` as Timestamp
export const ctx = (actor: PersonId, date: string = today) => ({ actor, model, now: now(date) })

/** The kinds of persons of the access matrix, as persons of the preset (and one stranger). */
export const readers = {
  dvoMember: PersonId.make("burgemeester-duiven"),
  expertGroupMember: PersonId.make("lid-eg-wm-wageningen"),
  partnerWithoutEntitlement: PersonId.make("beleidsmedewerker-provincie"),
  entitledRiecPartner: PersonId.make("officier-om"),
  outsider: PersonId.make("onbekende-bezoeker"),
}

/** A product of each classification, with a title and summary that must never leak. */
export const secretTitle = (classification: Classification) => `Titel-${classification}-Zwanenburg-dossier`
export const secretSummary = (classification: Classification) => `Samenvatting-${classification}: loods Hoofdstraat 12`

export const registration = (classification: Classification, productId = `product-${classification}`) =>
  new RegisterProduct({
    productId: productId as ProductId,
    kind: "lokaal-ondermijningsbeeld",
    producer: "riec-oost-nederland" as OrganisationId,
    scope: { kind: "gemeente", municipality: "rheden" as OrganisationId },
    themes: ["drugs", "vastgoedfraude"],
    classification,
    content: { title: secretTitle(classification), summary: secretSummary(classification) },
    startedOn: calendarDate("2016-02-01"),
  })

/** Events of a product after commands decided by the real decider (a fixture step must pass). */
export const history = (...steps: ReadonlyArray<readonly [PersonId, InformationCommand]>): Array<InformationEvent> => {
  const events: Array<InformationEvent> = []
  for (const [actor, command] of steps) {
    const state = events.reduce(informationDecider.evolve, informationDecider.initialState)
    const result = informationDecider.decide(command, state, ctx(actor))
    if (result._tag === "Left") throw new Error(`fixture step refused: ${result.left.message}`)
    events.push(...result.right)
  }
  return events
}

/** The Information and Programme services on a fresh in-memory store with the preset adopted. */
export const informationLayer = () =>
  Layer.mergeAll(Information.layer, Programme.layer).pipe(
    Layer.provideMerge(ProgrammeRuntime.layer),
    Layer.provideMerge(InMemoryEventStore.withReadModels(informationReadModels)),
    Layer.provideMerge(IdGenerator.sequential),
    Layer.provideMerge(ProgrammeClock.settable(`${today}T09:00:00Z`)),
  )

export const at = (date: string) => Effect.flatMap(ClockControl, (c) => c.set(`${date}T10:00:00Z`))

/** Adopts the preset and registers one product of each classification as the RIEC's manager. */
export const withProductOfEachClassification = Effect.gen(function* () {
  const programme = yield* Programme
  const information = yield* Information
  yield* programme.adoptModel(model, PersonId.make("secretaris-stuurgroep"))
  for (const classification of ["openbaar", "intern", "vertrouwelijk"] as const) {
    yield* information.execute(PersonId.make("manager-riec"), registration(classification))
  }
})
