import { Either } from "effect"
import {
  calendarDate,
  decideReactions,
  type DecisionContext,
  DecisionId,
  DesignatePilotMunicipality,
  type Evaluation,
  type EvidenceLevel,
  fold,
  OrganisationId,
  PersonId,
  type PracticeCommand,
  practiceDecider,
  type PracticeEvent,
  PracticeId,
  practiceReactions,
  practiceStreamId,
  RecordEvaluation,
  RegisterPractice,
  routeDecider,
  type RouteEvent,
  samenWeerbaar,
  StartPilot,
  type Theme,
  type Timestamp,
} from "@weerbaar/core"
import { accorded } from "./routeFixtures.js"

export const model = samenWeerbaar()
export const practiceId = PracticeId.make("bp-hennepconvenant")
export const now = (date = "2016-06-01"): Timestamp => `${date}T10:00:00.000Z` as Timestamp
export const ctx = (actor: PersonId, date = "2016-06-01", m = model): DecisionContext => ({
  actor,
  model: m,
  now: now(date),
})

export const persons = {
  lid: PersonId.make("lid-eg-oc-rheden"),
  trekker: PersonId.make("trekker-eg-ondermijnende-criminaliteit"),
  otherGroup: PersonId.make("lid-eg-wo-arnhem"),
  stuurgroep: PersonId.make("secretaris-stuurgroep"),
  dvo: PersonId.make("secretaris-dvo"),
  rheden: PersonId.make("burgemeester-rheden"),
  ede: PersonId.make("burgemeester-ede"),
  outsider: PersonId.make("manager-riec"),
}

export const register = (id: string = practiceId, theme: Theme = "ondermijnende-criminaliteit") =>
  new RegisterPractice({
    practiceId: PracticeId.make(id),
    theme,
    title: "Hennepconvenant",
    description: "Integrale aanpak van hennepteelt met een convenant tussen gemeenten, politie, OM en netbeheerder.",
    origin: "elders-nl",
    source: "Hennepconvenant VNON 2015",
    intendedEffects: ["minder hennepkwekerijen", "meer ontmantelingen met bestuurlijke maatregelen"],
  })

export const designate = (municipality = "rheden", decisionId = "sg-2016-02-pilot", date = "2016-02-01") =>
  new DesignatePilotMunicipality({
    practiceId,
    municipality: OrganisationId.make(municipality),
    decisionId: DecisionId.make(decisionId),
    meetingDate: calendarDate(date),
  })

export const evaluation = (
  kind: Evaluation["kind"],
  evidenceLevel: EvidenceLevel = "effectief-eerste-aanwijzingen",
  evaluationId = `ev-${kind}`,
  date = "2016-05-01",
): Evaluation => ({
  evaluationId,
  kind,
  method: kind === "pilot" ? "voor- en nameting in de pilotgemeente" : "vergelijking met gemeenten zonder convenant",
  findings: "Meer meldingen en snellere ontmanteling.",
  measuredEffects: [{ effect: "ontmantelde kwekerijen", result: "+40% ten opzichte van 2015" }],
  evidenceLevel,
  evaluatedOn: calendarDate(date),
  evaluatedBy: "Universiteit Twente",
})

export const evaluate = (kind: Evaluation["kind"], level?: EvidenceLevel, id?: string) =>
  new RecordEvaluation({ practiceId, evaluation: evaluation(kind, level, id) })

/** Events produced by the real decider, step by step (a fixture that cannot lie about the rules). */
export const practiceHistory = (
  ...steps: ReadonlyArray<readonly [PersonId, PracticeCommand, string?]>
): Array<PracticeEvent> => {
  const events: Array<PracticeEvent> = []
  for (const [actor, command, date] of steps) {
    const result = practiceDecider.decide(command, fold(practiceDecider, events), ctx(actor, date))
    if (result._tag === "Left") throw new Error(`fixture step refused: ${result.left.message}`)
    events.push(...result.right)
  }
  return events
}

export const registered = () => practiceHistory([persons.lid, register()])
export const inPilot = () =>
  practiceHistory(
    [persons.lid, register()],
    [persons.stuurgroep, designate()],
    [persons.trekker, new StartPilot({ practiceId })],
  )
export const tried = () =>
  practiceHistory(
    [persons.lid, register()],
    [persons.stuurgroep, designate()],
    [persons.trekker, new StartPilot({ practiceId })],
    [persons.lid, evaluate("pilot", "goed-beschreven")],
  )

/** Practice events after route events, through the same policy the Programme service applies. */
export const followRoute = (practiceEvents: ReadonlyArray<PracticeEvent>, routeEvents: ReadonlyArray<RouteEvent>) => {
  const events = [...practiceEvents]
  let item = routeDecider.initialState
  for (const event of routeEvents) {
    const after = routeDecider.evolve(item, event)
    const states = new Map([[practiceStreamId(practiceId), fold(practiceDecider, events)]])
    const reacted = decideReactions(practiceReactions(event, item, after, ctx(persons.dvo)), states, ctx(persons.dvo))
    if (Either.isLeft(reacted)) throw new Error(reacted.left.map((v) => v.message).join("; "))
    for (const { events: more } of reacted.right.values()) events.push(...(more as ReadonlyArray<PracticeEvent>))
    item = after
  }
  return events
}

/** A tried practice whose proposal the DVO accorded (the route fixture lists `bp-hennepconvenant`). */
export const accordedPractice = () => followRoute(tried(), accorded())
