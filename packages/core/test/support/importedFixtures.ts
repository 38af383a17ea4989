import { Governance, Kernel, Practice } from "@weerbaar/core"
import { evaluation, practiceId } from "./practiceFixtures.js"

/** VNON's model, in which imported practices live. */
export const vnonModel = Governance.vnonNetwerk()
export const vnonMember = Governance.PersonId.make("lid-eg-ondermijning-vnon-riec")
export const vnonChair = Governance.PersonId.make("burgemeester-deventer")
export const vnonCtx = (actor: Governance.PersonId, date = "2017-03-01"): Kernel.DecisionContext => ({
  actor,
  model: vnonModel,
  now: `${date}T10:00:00.000Z` as Kernel.Timestamp,
})

const decision = (itemId: string, decisionId: string, body: string, bodyName: string, meetingDate: string) => ({
  itemId,
  decisionId,
  body,
  bodyName,
  meetingDate: Kernel.calendarDate(meetingDate),
})

/** The hennepconvenant as it arrives in VNON's store from a handover package: `overgedragen`. */
export const imported = (): ReadonlyArray<Practice.PracticeEvent> => [
  new Practice.PracticeImported({
    practiceId,
    theme: "ondermijnende-criminaliteit",
    title: "Hennepconvenant",
    description: "Integrale aanpak van hennepteelt.",
    origin: "elders-nl",
    source: "Hennepconvenant VNON 2015",
    intendedEffects: ["minder hennepkwekerijen"],
    documentation: {
      description: "Het convenant in vaste stappen.",
      context: "Gemeenten in Gelderland-Midden.",
      conditions: "Een regisseur per gemeente.",
      executionAgreements: "De gemeente voert uit, de expertgroep coördineert.",
    },
    evaluations: [evaluation("uitvoering", "effectief-eerste-aanwijzingen", "ev-sw", "2016-11-01")],
    pilotMunicipalities: [],
    accord: decision("bv-1", "dvo-2016-04", "dvo", "DVO Gelderland-Midden", "2016-04-01"),
    budget: [],
    handover: decision("ov-1", "sg-2016-12", "stuurgroep", "Stuurgroep Samen Weerbaar", "2016-12-01"),
    from: { programme: "Samen Weerbaar", district: "Gelderland-Midden", packageDigest: "a".repeat(64) },
    importedBy: "secretaris-eg-ondermijning-vnon",
    at: "2017-01-10T10:00:00.000Z" as Kernel.Timestamp,
  }),
]

/** A revision of the imported hennepconvenant's documentation for Oost-Nederland. */
export const revise = (reason = "Aangepast aan de districten van Oost-Nederland.") =>
  new Practice.RevisePractice({
    practiceId,
    documentation: {
      description: "Het convenant in vaste stappen, per district.",
      context: "Gemeenten in heel Oost-Nederland.",
      conditions: "Een regisseur per gemeente; een coördinator per district.",
      executionAgreements: "De gemeente voert uit, de Expertgroep Ondermijning VNON coördineert.",
    },
    reason,
  })
