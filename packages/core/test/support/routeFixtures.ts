import { Schema } from "effect"
import {
  BodyId,
  BudgetLine,
  calendarDate,
  type DecisionContext,
  DecisionId,
  DraftItem,
  GovernanceModel,
  type GovernanceModelJson,
  ItemId,
  type ItemKind,
  type Meeting,
  type Outcome,
  PersonId,
  RecordDecision,
  routeDecider,
  type RouteEvent,
  samenWeerbaar,
  samenWeerbaarJson,
  SubmitItem,
  type Timestamp,
  votingMembersOn,
} from "@weerbaar/core"

export const model = samenWeerbaar()
export const itemId = ItemId.make("bv-hennep")
export const today = "2016-06-01"
export const now = (date: string = today): Timestamp => `${date}T10:00:00.000Z` as Timestamp

export const ctx = (actor: PersonId, overrides: Partial<DecisionContext> = {}): DecisionContext =>
  Object.assign({ actor, model, now: now() }, overrides)

export const persons = {
  drafter: PersonId.make("lid-eg-oc-rheden"),
  trekker: PersonId.make("trekker-eg-ondermijnende-criminaliteit"),
  stuurgroepSecretaris: PersonId.make("secretaris-stuurgroep"),
  stuurgroepVoorzitter: PersonId.make("burgemeester-westervoort"),
  stuurgroepLid: PersonId.make("burgemeester-ede"),
  dvoSecretaris: PersonId.make("secretaris-dvo"),
  dvoVoorzitter: PersonId.make("voorzitter-dvo"),
  dvoLid: PersonId.make("burgemeester-arnhem"),
  outsider: PersonId.make("manager-riec"),
}

export const budget = (amount: number, year = 2016) =>
  new BudgetLine({
    category: "projectleiding",
    organisation: "politie-oost-nederland" as BudgetLine["organisation"],
    year,
    amount: amount as BudgetLine["amount"],
  })

export const content = (amount = 2_500_000) => ({
  title: "Integrale aanpak hennepteelt",
  description: "Bestuurlijke aanpak van hennepteelt in woningen en op het buitengebied.",
  budget: amount === 0 ? [] : [budget(amount)],
  practices: ["bp-hennepconvenant"],
})

export const draft = (
  kind: ItemKind = "beleidsvoorstel",
  amount = 2_500_000,
  draftingBody: string = "eg-ondermijnende-criminaliteit",
) =>
  new DraftItem({
    itemId,
    kind,
    draftingBody: draftingBody as DraftItem["draftingBody"],
    content: content(amount),
  })

/** A meeting where every entitled member is present and agrees. */
export const fullMeeting = (body: string, date: string = today, m = model): Meeting => ({
  meetingDate: calendarDate(date),
  attendance: votingMembersOn(m, body, calendarDate(date)),
  recused: [],
  votes: [],
  rationale: "Besproken in de vergadering.",
})

export const decision = (
  body: string,
  outcome: Outcome,
  id: string,
  meeting: Partial<Meeting> & { remarks?: string } = {},
) =>
  new RecordDecision({
    itemId,
    decisionId: DecisionId.make(id),
    body: BodyId.make(body),
    outcome,
    ...fullMeeting(body),
    ...(outcome === "return" ? { remarks: "Graag de begroting per gemeente uitsplitsen." } : {}),
    ...meeting,
  })

/** Events of an item drafted, submitted and (optionally) further along its route, decided by the real decider. */
export const history = (
  ...steps: ReadonlyArray<readonly [PersonId, Parameters<typeof routeDecider.decide>[0]]>
): Array<RouteEvent> => historyUnder(model, [], ...steps)

/** `events` followed by the events of `steps`, each decided under the governance model `m`. */
export const historyUnder = (
  m: GovernanceModel,
  events: ReadonlyArray<RouteEvent>,
  ...steps: ReadonlyArray<readonly [PersonId, Parameters<typeof routeDecider.decide>[0]]>
): Array<RouteEvent> => {
  const all = [...events]
  for (const [actor, command] of steps) {
    const state = all.reduce(routeDecider.evolve, routeDecider.initialState)
    const result = routeDecider.decide(command, state, ctx(actor, { model: m }))
    if (result._tag === "Left") throw new Error(`fixture step refused: ${result.left.message}`)
    all.push(...result.right)
  }
  return all
}

export const submitted = (kind: ItemKind = "beleidsvoorstel", amount = 2_500_000) =>
  history([persons.drafter, draft(kind, amount)], [persons.trekker, new SubmitItem({ itemId })])

export const approvedByStuurgroep = () =>
  history(
    [persons.drafter, draft()],
    [persons.trekker, new SubmitItem({ itemId })],
    [persons.stuurgroepSecretaris, decision("stuurgroep", "approve", "besluit-sg-1")],
  )

export const accorded = () =>
  history(
    [persons.drafter, draft()],
    [persons.trekker, new SubmitItem({ itemId })],
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

export const modelWith = (change: (json: Mutable<GovernanceModelJson>) => void) => {
  const json = JSON.parse(JSON.stringify(samenWeerbaarJson()))
  change(json)
  return Schema.decodeUnknownSync(GovernanceModel)(json)
}
