import { Governance, Kernel, type Route } from "@weerbaar/core"

export const model = Governance.samenWeerbaar()
export const today = Kernel.calendarDate("2016-06-01")
export const dvoSecretary = Governance.PersonId.make("secretaris-dvo")
export const stuurgroepSecretary = Governance.PersonId.make("secretaris-stuurgroep")
export const trekker = Governance.PersonId.make("trekker-eg-ondermijnende-criminaliteit")
export const drafter = Governance.PersonId.make("lid-eg-oc-rheden")

const version = (
  n: number,
  m: Governance.GovernanceModel,
  validFrom: string,
  basis: Governance.AdoptionBasis,
  decided: boolean,
): Governance.ModelVersion => ({
  version: n,
  model: m,
  validFrom: Kernel.calendarDate(validFrom),
  basis,
  decided,
  adoptedBy: "secretaris-stuurgroep",
  at: `${validFrom}T10:00:00.000Z`,
})

/** The founding concept and the version the DVO's decision on the plan put in force on 2016-01-14. */
export const founded = version(1, model, "2015-09-03", { _tag: "oprichting" }, false)
export const decided = version(
  2,
  model,
  "2016-01-14",
  { _tag: "besluit", itemId: "programmaplan", decisionId: "dvo-plan", body: "dvo", meetingDate: "2016-01-14" },
  true,
)
export const inForce = [founded, decided]

/** A model with six times the budget: a change of structure. */
export const richer = (m: Governance.GovernanceModel = model): Governance.GovernanceModel => ({
  ...m,
  programme: new Governance.ProgrammeDefinition({
    ...m.programme,
    availableBudget: Kernel.cents(m.programme.availableBudget * 6),
  }),
})

/** The model without `person`'s seats: a change of memberships only. */
export const without = (person: string): Governance.GovernanceModel => ({
  ...model,
  memberships: model.memberships.filter((m) => m.person !== person),
})

type Decision = Partial<Route.Item["decisions"][number]>

/** A programmabijstelling proposing `proposed`, with the DVO's decision `decision`. */
export const adjustment = (
  proposed: Governance.GovernanceModel,
  decision: Decision = {},
  item: Partial<Route.Item> = {},
): Route.ItemState => ({
  exists: true,
  itemId: "bijstelling-2016",
  kind: "programmabijstelling",
  draftingBody: Governance.BodyId.make("stuurgroep"),
  status: "approved",
  version: 1,
  content: {
    title: "Programmabijstelling 2016",
    description: "Meer budget.",
    budget: [],
    practices: [],
    proposedModel: Governance.modelFingerprint(proposed),
  },
  authors: ["secretaris-stuurgroep"],
  step: 0,
  submittedOn: Kernel.calendarDate("2016-05-01"),
  decisions: [
    {
      decisionId: "dvo-bijstelling",
      version: 1,
      step: 0,
      body: Governance.BodyId.make("dvo"),
      outcome: "approve",
      final: true,
      meetingDate: Kernel.calendarDate("2016-05-12"),
      committedBudget: 0,
      ...decision,
    },
  ],
  ...item,
})

export const codesOf = (verdict: ReturnType<typeof Governance.adoptionVerdict>): ReadonlyArray<string> =>
  verdict._tag === "Left" ? verdict.left.codes : []
