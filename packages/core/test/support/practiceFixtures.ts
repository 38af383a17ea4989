import { meetingOf } from "@weerbaar/core/testing"
import { Either } from "effect"
import { Governance, Kernel, Practice, Programme, Route } from "@weerbaar/core"
import { accorded } from "./routeFixtures.js"

export const model = Governance.samenWeerbaar()
/** The preset with every rule at `weigeren`: the rule book without the plan's room. */
export const refusingModel: Governance.GovernanceModel = { ...model, forces: {} }
export const practiceId = Practice.PracticeId.make("bp-hennepconvenant")
export const now = (date = "2016-06-01"): Kernel.Timestamp => `${date}T10:00:00.000Z` as Kernel.Timestamp
export const ctx = (actor: Governance.PersonId, date = "2016-06-01", m = model): Kernel.DecisionContext => ({
  actor,
  model: m,
  now: now(date),
})

export const persons = {
  lid: Governance.PersonId.make("lid-eg-oc-rheden"),
  trekker: Governance.PersonId.make("trekker-eg-ondermijnende-criminaliteit"),
  otherGroup: Governance.PersonId.make("lid-eg-wo-arnhem"),
  stuurgroep: Governance.PersonId.make("secretaris-stuurgroep"),
  dvo: Governance.PersonId.make("secretaris-dvo"),
  rheden: Governance.PersonId.make("burgemeester-rheden"),
  ede: Governance.PersonId.make("burgemeester-ede"),
  outsider: Governance.PersonId.make("manager-riec"),
}

export const register = (id: string = practiceId, theme: Governance.Theme = "ondermijnende-criminaliteit") =>
  new Practice.RegisterPractice({
    practiceId: Practice.PracticeId.make(id),
    theme,
    title: "Hennepconvenant",
    description: "Integrale aanpak van hennepteelt met een convenant tussen gemeenten, politie, OM en netbeheerder.",
    origin: "elders-nl",
    source: "Hennepconvenant VNON 2015",
    intendedEffects: ["minder hennepkwekerijen", "meer ontmantelingen met bestuurlijke maatregelen"],
  })

/** The expert group documents the practice so another organisation can adopt it. */
export const document = (id: string = practiceId) =>
  new Practice.DocumentPractice({
    practiceId: Practice.PracticeId.make(id),
    documentation: {
      description: "Het convenant in vaste stappen.",
      context: "Gemeenten in Gelderland-Midden.",
      conditions: "Een regisseur per gemeente.",
      executionAgreements: "De gemeente voert uit, de expertgroep coördineert.",
    },
  })

export const designate = (municipality = "rheden", decisionId = "sg-2016-02-pilot", date = "2016-02-01") =>
  new Practice.DesignatePilotMunicipality({
    practiceId,
    municipality: Governance.OrganisationId.make(municipality),
    decisionId: Route.DecisionId.make(decisionId),
    ...meetingOf(model, "stuurgroep", date),
  })

export const evaluation = (
  kind: Practice.Evaluation["kind"],
  evidenceLevel: Practice.EvidenceLevel = "effectief-eerste-aanwijzingen",
  evaluationId = `ev-${kind}`,
  date = "2016-05-01",
): Practice.Evaluation => ({
  evaluationId,
  kind,
  method: kind === "pilot" ? "voor- en nameting in de pilotgemeente" : "vergelijking met gemeenten zonder convenant",
  findings: "Meer meldingen en snellere ontmanteling.",
  measuredEffects: [{ effect: "ontmantelde kwekerijen", result: "+40% ten opzichte van 2015" }],
  evidenceLevel,
  evaluatedOn: Kernel.calendarDate(date),
  evaluatedBy: "Universiteit Twente",
})

export const evaluate = (
  kind: Practice.Evaluation["kind"],
  level?: Practice.EvidenceLevel,
  id?: string,
  date?: string,
) => new Practice.RecordEvaluation({ practiceId, evaluation: evaluation(kind, level, id, date) })

/** Events produced by the real decider, step by step (a fixture that cannot lie about the rules). */
export const practiceHistory = (
  ...steps: ReadonlyArray<readonly [Governance.PersonId, Practice.PracticeCommand, string?]>
): Array<Practice.PracticeEvent> => {
  const events: Array<Practice.PracticeEvent> = []
  for (const [actor, command, date] of steps) {
    const result = Practice.practiceDecider.decide(
      command,
      Kernel.fold(Practice.practiceDecider, events),
      ctx(actor, date),
    )
    if (result._tag === "Left") throw new Error(`fixture step refused: ${result.left.message}`)
    events.push(...result.right.events)
  }
  return events
}

/** The pilot starts in March 2016, after its designation in February and before its evaluation in May. */
export const startPilot = (date = "2016-03-01") =>
  new Practice.StartPilot({ practiceId, startedOn: Kernel.calendarDate(date) })

export const registered = () => practiceHistory([persons.lid, register()])
export const inPilot = () =>
  practiceHistory([persons.lid, register()], [persons.stuurgroep, designate()], [persons.trekker, startPilot()])
export const tried = () =>
  practiceHistory(
    [persons.lid, register()],
    [persons.stuurgroep, designate()],
    [persons.trekker, startPilot()],
    [persons.lid, evaluate("pilot", "goed-beschreven")],
  )

/** Practice events after route events, through the same policy the Programme service applies. */
export const followRoute = (
  practiceEvents: ReadonlyArray<Practice.PracticeEvent>,
  routeEvents: ReadonlyArray<Route.RouteEvent>,
) => {
  const events = [...practiceEvents]
  let item = Route.routeDecider.initialState
  for (const event of routeEvents) {
    const after = Route.routeDecider.evolve(item, event)
    const states = new Map([[Practice.practiceStreamId(practiceId), Kernel.fold(Practice.practiceDecider, events)]])
    const reacted = Programme.decideReactions(
      Practice.practiceReactions(event, item, after, ctx(persons.dvo)),
      states,
      ctx(persons.dvo),
    )
    if (Either.isLeft(reacted)) throw new Error(reacted.left.map((v) => v.message).join("; "))
    for (const { events: more } of reacted.right.streams.values())
      events.push(...(more as ReadonlyArray<Practice.PracticeEvent>))
    item = after
  }
  return events
}

/** Practice events after the last of `routeEvents`, on the item as the events before it left it. */
export const followLast = (
  practiceEvents: ReadonlyArray<Practice.PracticeEvent>,
  routeEvents: ReadonlyArray<Route.RouteEvent>,
) => {
  const before = routeEvents.slice(0, -1).reduce(Route.routeDecider.evolve, Route.routeDecider.initialState)
  const last = routeEvents.at(-1)
  if (last === undefined) return [...practiceEvents]
  const after = Route.routeDecider.evolve(before, last)
  const states = new Map([
    [Practice.practiceStreamId(practiceId), Kernel.fold(Practice.practiceDecider, practiceEvents)],
  ])
  const reacted = Programme.decideReactions(
    Practice.practiceReactions(last, before, after, ctx(persons.dvo)),
    states,
    ctx(persons.dvo),
  )
  if (Either.isLeft(reacted)) throw new Error(reacted.left.map((v) => v.message).join("; "))
  return [
    ...practiceEvents,
    ...[...reacted.right.streams.values()].flatMap((s) => s.events as ReadonlyArray<Practice.PracticeEvent>),
  ]
}

/** A tried practice whose proposal the DVO accorded (the route fixture lists `bp-hennepconvenant`). */
export const accordedPractice = () => followRoute(tried(), accorded())
