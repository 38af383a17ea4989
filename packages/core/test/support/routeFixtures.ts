import { Schema } from "effect"
import { Governance, Kernel, Route } from "@weerbaar/core"

export const model = Governance.samenWeerbaar()
export const itemId = Route.ItemId.make("bv-hennep")
export const today = "2016-06-01"
export const now = (date: string = today): Kernel.Timestamp => `${date}T10:00:00.000Z` as Kernel.Timestamp

export const ctx = (
  actor: Governance.PersonId,
  overrides: Partial<Kernel.DecisionContext> = {},
): Kernel.DecisionContext => Object.assign({ actor, model, now: now() }, overrides)

export const persons = {
  drafter: Governance.PersonId.make("lid-eg-oc-rheden"),
  trekker: Governance.PersonId.make("trekker-eg-ondermijnende-criminaliteit"),
  stuurgroepSecretaris: Governance.PersonId.make("secretaris-stuurgroep"),
  stuurgroepVoorzitter: Governance.PersonId.make("burgemeester-westervoort"),
  stuurgroepLid: Governance.PersonId.make("burgemeester-ede"),
  dvoSecretaris: Governance.PersonId.make("secretaris-dvo"),
  dvoVoorzitter: Governance.PersonId.make("voorzitter-dvo"),
  dvoLid: Governance.PersonId.make("burgemeester-arnhem"),
  outsider: Governance.PersonId.make("manager-riec"),
}

export const budget = (amount: number, year = 2016) =>
  new Route.BudgetLine({
    category: "projectleiding",
    organisation: "politie-oost-nederland" as Route.BudgetLine["organisation"],
    year,
    amount: amount as Route.BudgetLine["amount"],
  })

export const content = (amount = 2_500_000) => ({
  title: "Integrale aanpak hennepteelt",
  description: "Bestuurlijke aanpak van hennepteelt in woningen en op het buitengebied.",
  budget: amount === 0 ? [] : [budget(amount)],
  practices: ["bp-hennepconvenant"],
})

export const draft = (
  kind: Governance.ItemKind = "beleidsvoorstel",
  amount = 2_500_000,
  draftingBody: string = "eg-ondermijnende-criminaliteit",
) =>
  new Route.DraftItem({
    itemId,
    kind,
    draftingBody: draftingBody as Route.DraftItem["draftingBody"],
    content: content(amount),
  })

/** A meeting where every entitled member is present and agrees. */
export const fullMeeting = (body: string, date: string = today, m = model): Route.Meeting => ({
  meetingDate: Kernel.calendarDate(date),
  attendance: Governance.votingMembersOn(m, Governance.BodyId.make(body), Kernel.calendarDate(date)),
  substitutes: [],
  recused: [],
  votes: [],
  rationale: "Besproken in de vergadering.",
})

export const decision = (
  body: string,
  outcome: Governance.Outcome,
  id: string,
  meeting: Partial<Route.Meeting> & { remarks?: string } = {},
) =>
  new Route.RecordDecision({
    itemId,
    decisionId: Route.DecisionId.make(id),
    body: Governance.BodyId.make(body),
    outcome,
    ...fullMeeting(body),
    ...(outcome === "return" ? { remarks: "Graag de begroting per gemeente uitsplitsen." } : {}),
    ...meeting,
  })

/** Events of an item drafted, submitted and (optionally) further along its route, decided by the real decider. */
export const history = (
  ...steps: ReadonlyArray<readonly [Governance.PersonId, Parameters<typeof Route.routeDecider.decide>[0]]>
): Array<Route.RouteEvent> => historyUnder(model, [], ...steps)

/** `events` followed by the events of `steps`, each decided under the governance model `m`. */
export const historyUnder = (
  m: Governance.GovernanceModel,
  events: ReadonlyArray<Route.RouteEvent>,
  ...steps: ReadonlyArray<readonly [Governance.PersonId, Parameters<typeof Route.routeDecider.decide>[0]]>
): Array<Route.RouteEvent> => {
  const all = [...events]
  for (const [actor, command] of steps) {
    const state = all.reduce(Route.routeDecider.evolve, Route.routeDecider.initialState)
    const result = Route.routeDecider.decide(command, state, ctx(actor, { model: m }))
    if (result._tag === "Left") throw new Error(`fixture step refused: ${result.left.message}`)
    all.push(...result.right.events)
  }
  return all
}

export const submitted = (kind: Governance.ItemKind = "beleidsvoorstel", amount = 2_500_000) =>
  history([persons.drafter, draft(kind, amount)], [persons.trekker, new Route.SubmitItem({ itemId })])

export const approvedByStuurgroep = () =>
  history(
    [persons.drafter, draft()],
    [persons.trekker, new Route.SubmitItem({ itemId })],
    [persons.stuurgroepSecretaris, decision("stuurgroep", "approve", "besluit-sg-1")],
  )

export const accorded = () =>
  history(
    [persons.drafter, draft()],
    [persons.trekker, new Route.SubmitItem({ itemId })],
    [persons.stuurgroepSecretaris, decision("stuurgroep", "approve", "besluit-sg-1")],
    [persons.dvoSecretaris, decision("dvo", "accord", "besluit-dvo-1")],
  )

/** The preset with changes, decoded again (so it stays a valid model). */
type Mutable<T> =
  T extends ReadonlyArray<infer A>
    ? Array<Mutable<A>>
    : T extends object
      ? { -readonly [K in keyof T]: Mutable<T[K]> }
      : T

export const modelWith = (change: (json: Mutable<Governance.GovernanceModelJson>) => void) => {
  const json = JSON.parse(JSON.stringify(Governance.samenWeerbaarJson()))
  change(json)
  return Schema.decodeUnknownSync(Governance.GovernanceModel)(json)
}
