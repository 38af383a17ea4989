import { Governance, Kernel, Practice, Route } from "@weerbaar/core"
import { meeting } from "../stage.js"

// The cast and props of the story of Samen Weerbaar: who acts, on which items, with which decisions.

/** The governance model the story plays. */
export const model = Governance.samenWeerbaar()
/** The network's agreement the district executes: the hennepconvenant, from VNON. */
export const hennepconvenant = Practice.PracticeId.make("na-hennepconvenant")
/** The Best Practice of the Expertgroep Ondermijnende Criminaliteit: the lokaal ondermijningsbeeld. */
export const ondermijningsbeeld = Practice.PracticeId.make("bp-lokaal-ondermijningsbeeld")
/** The Best Practice of the Expertgroep Weerbare Overheid: Bibob-beleid. */
export const bibob = Practice.PracticeId.make("bp-bibob-beleid")
/** The Best Practice of the Expertgroep Weerbare Maatschappij: weerbaar ondernemen. */
export const ondernemers = Practice.PracticeId.make("bp-weerbaar-ondernemen")

/** A budget line in whole euros, from the programme's budget unless another source funds it. */
export const line = (
  category: string,
  organisation: string,
  year: number,
  euros: number,
  funding?: Route.FundingSource,
) =>
  new Route.BudgetLine({
    category,
    organisation: Governance.OrganisationId.make(organisation),
    year,
    amount: Kernel.Cents.make(euros * 100),
    ...(funding === undefined ? {} : { funding }),
  })

/** A partner's part without money. */
export const task = (organisation: string, description: string) =>
  new Route.PartnerTask({ organisation: Governance.OrganisationId.make(organisation), task: description })

/** A body's decision at a meeting where every voting member is present. */
export const decision = (
  itemId: string,
  id: string,
  body: string,
  outcome: Route.RecordDecision["outcome"],
  date: string,
  extra = {},
) =>
  new Route.RecordDecision({
    itemId: Route.ItemId.make(itemId),
    decisionId: Route.DecisionId.make(id),
    body: Governance.BodyId.make(body),
    outcome,
    ...meeting(model, body, date, "Besproken en besloten in de vergadering."),
    ...extra,
  })

/** A candidate Best Practice, found elsewhere in the Netherlands. */
export const practice = (
  id: Practice.PracticeId,
  theme: Governance.Theme,
  title: string,
  description: string,
  source: string,
) =>
  new Practice.RegisterPractice({
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
  id: Practice.PracticeId,
  kind: "pilot" | "uitvoering",
  level: Practice.EvidenceLevel,
  date: string,
  findings: string,
) =>
  new Practice.RecordEvaluation({
    practiceId: id,
    evaluation: {
      evaluationId: `ev-${kind}-${date}`,
      kind,
      method: kind === "pilot" ? "voor- en nameting in de pilotgemeente" : "vergelijking tussen gemeenten en jaren",
      findings,
      measuredEffects: [{ effect: "signalen die tot een interventie leidden", result: "+35% ten opzichte van 2015" }],
      evidenceLevel: level,
      evaluatedOn: Kernel.calendarDate(date),
      evaluatedBy: "Universiteit Twente",
    },
  })

/**
 * Who acts for a municipality: its burgemeester (Arnhem's is the voorzitter of the DVO); for
 * Rijnwaarden, which has no burgemeester in the preset, the trekker of the Expertgroep Ondermijnende
 * Criminaliteit, who may move any track of the theme.
 */
export const mayorOf = (municipality: string): Governance.PersonId =>
  Governance.PersonId.make(
    municipality === "arnhem"
      ? "voorzitter-dvo"
      : municipality === "rijnwaarden"
        ? "trekker-eg-ondermijnende-criminaliteit"
        : `burgemeester-${municipality}`,
  )

/** The pilot proposal of the lokaal ondermijningsbeeld: Rheden, Kampen and Enschede. */
export const pilotVoorstel = Route.ItemId.make("bv-pilot-ondermijningsbeeld-2016")
/** The roll-out proposal of the lokaal ondermijningsbeeld. */
export const voorstel = Route.ItemId.make("bv-uitrol-ondermijningsbeeld-2016")
/** The proposal of the Expertgroep Weerbare Maatschappij: weerbaar ondernemen. */
export const ondernemersVoorstel = Route.ItemId.make("bv-weerbaar-ondernemen-2016")
/** The policy proposal of Bibob-beleid. */
export const bibobVoorstel = Route.ItemId.make("bv-bibob-2016")
