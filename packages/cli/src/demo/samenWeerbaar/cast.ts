import {
  BodyId,
  BudgetLine,
  calendarDate,
  Cents,
  DecisionId,
  type EvidenceLevel,
  ItemId,
  OrganisationId,
  PersonId,
  PracticeId,
  RecordDecision,
  RecordEvaluation,
  RegisterPractice,
  samenWeerbaar,
  type Theme,
} from "@weerbaar/core"
import { meeting } from "../stage.js"

// The cast and props of the story of Samen Weerbaar: who acts, on which items, with which decisions.

/** The governance model the story plays. */
export const model = samenWeerbaar()
/** The Best Practice of the Expertgroep Ondermijnende Criminaliteit: the hennep aanpak. */
export const hennep = PracticeId.make("bp-integrale-hennepaanpak")
/** The Best Practice of the Expertgroep Weerbare Overheid: Bibob-beleid. */
export const bibob = PracticeId.make("bp-bibob-beleid")
/** The Best Practice of the Expertgroep Weerbare Maatschappij: weerbaar ondernemen. */
export const ondernemers = PracticeId.make("bp-weerbaar-ondernemen")

/** A budget line in whole euros. */
export const line = (category: string, organisation: string, year: number, euros: number) =>
  new BudgetLine({ category, organisation: OrganisationId.make(organisation), year, amount: Cents.make(euros * 100) })

/** A body's decision at a meeting where every voting member is present. */
export const decision = (
  itemId: string,
  id: string,
  body: string,
  outcome: RecordDecision["outcome"],
  date: string,
  extra = {},
) =>
  new RecordDecision({
    itemId: ItemId.make(itemId),
    decisionId: DecisionId.make(id),
    body: BodyId.make(body),
    outcome,
    ...meeting(model, body, date, "Besproken en besloten in de vergadering."),
    ...extra,
  })

/** A candidate Best Practice, found elsewhere in the Netherlands. */
export const practice = (id: PracticeId, theme: Theme, title: string, description: string, source: string) =>
  new RegisterPractice({
    practiceId: id,
    theme,
    title,
    description,
    origin: "elders-nl",
    source,
    intendedEffects: ["minder ondermijnende criminaliteit", "een weerbaardere overheid en samenleving"],
  })

/** An evaluation of a pilot or an execution by the Universiteit Twente. */
export const evaluation = (
  id: PracticeId,
  kind: "pilot" | "uitvoering",
  level: EvidenceLevel,
  date: string,
  findings: string,
) =>
  new RecordEvaluation({
    practiceId: id,
    evaluation: {
      evaluationId: `ev-${kind}-${date}`,
      kind,
      method: kind === "pilot" ? "voor- en nameting in de pilotgemeente" : "vergelijking tussen gemeenten en jaren",
      findings,
      measuredEffects: [{ effect: "signalen die tot een interventie leidden", result: "+35% ten opzichte van 2015" }],
      evidenceLevel: level,
      evaluatedOn: calendarDate(date),
      evaluatedBy: "Universiteit Twente",
    },
  })

/** Who acts for a municipality: its burgemeester (Arnhem's is the voorzitter of the DVO). */
export const mayorOf = (municipality: string): PersonId =>
  PersonId.make(municipality === "arnhem" ? "voorzitter-dvo" : `burgemeester-${municipality}`)

/** The policy proposal of the hennep aanpak. */
export const voorstel = ItemId.make("bv-hennep-2016")
/** The policy proposal of Bibob-beleid. */
export const bibobVoorstel = ItemId.make("bv-bibob-2016")
