import { samenWeerbaarSubstitutePersons, withMeetingRules } from "./samenWeerbaarMeetings.js"
import { Schema } from "effect"
import { GovernanceModel, type GovernanceModelJson } from "../governance/GovernanceModel.js"
import { planThemes } from "../governance/Theme.js"
import {
  formerMunicipalitiesGelderlandMidden,
  municipalitiesGelderlandMidden,
  partnersOostNederland,
  preset,
} from "./presetBuilder.js"
import { samenWeerbaarEntitlements } from "./samenWeerbaarEntitlements.js"
import { municipalitiesVnonSample, vnonLiaison } from "./vnonNetwerk.js"

const { person, seat, body, steps, themes } = preset

/** Kampen and Enschede: outside the district, pilots of DRIO's network analysis beside Rheden. */
const referenceMunicipalities = municipalitiesVnonSample.filter((g) => g.id === "kampen" || g.id === "enschede")

/**
 * The room within commitment of the plan ("Er is ruimte in gebondenheid"): a municipality's own
 * pilot is signalled as a local initiative; a municipality sets an accorded measure aside as
 * `niet_relevant` with its reason, signalled to the DVO; a handover below the minimum evidence
 * level, the programme's end with open work and spending above a budget line are signalled.
 * Every other rule refuses, four eyes included.
 */
const samenWeerbaarForces: NonNullable<GovernanceModelJson["forces"]> = {
  "track.not-a-pilot-municipality": "signaleren",
  "track.exemption-required": "signaleren",
  "handover.evidence-below-minimum": "signaleren",
  "programme.theme-not-handed-over": "signaleren",
  "programme.item-on-route": "signaleren",
  "spending.exceeds-line": "signaleren",
  "decision.four-eyes": "weigeren",
}

/**
 * The governance model of the programme *Samen Weerbaar*, district Gelderland-Midden (2016):
 * the plan's three themes, the 16 municipalities of 2016 (Rijnwaarden until it merged into
 * Zevenaar on 2018-01-01), Kampen and Enschede as reference municipalities (pilots of the DRIO
 * network analysis), the DVO, the Stuurgroep, the three expert groups, and on the network
 * level VNON's Expertgroep Ondermijning, BBG and RVO, with the routes of the plan, and the
 * entitlements per product and purpose to confidential information of the RIEC covenant partners. Persons are
 * roles ("voorzitter DVO"), not real names. The available budget is illustrative: set your own.
 *
 * @example
 * ```ts
 * const model = samenWeerbaar()
 * actorsFor(model, BodyId.make("dvo"), calendarDate("2016-06-01")) // ["voorzitter-dvo", "secretaris-dvo"]
 * ```
 * @category presets
 */
export const samenWeerbaar = (): GovernanceModel => Schema.decodeUnknownSync(GovernanceModel)(samenWeerbaarJson())

/** The Samen Weerbaar preset as JSON: a starting point for a model of your own. @category presets */
export const samenWeerbaarJson = (): GovernanceModelJson => {
  const gemeenten = municipalitiesGelderlandMidden
  const pact = "2015-09-03"
  const egStart = "2016-01-11"
  const persons = [
    person("voorzitter-dvo", "voorzitter DVO", "arnhem"),
    person("secretaris-dvo", "secretaris DVO", "vggm"),
    ...gemeenten
      .filter((g) => g.id !== "arnhem")
      .map((g) => person(`burgemeester-${g.id}`, `burgemeester ${g.name}`, g.id)),
    person("hoofdofficier-om", "hoofdofficier van justitie OM Oost-Nederland", "om-oost-nederland"),
    person("districtschef-politie", "districtschef politie Gelderland-Midden", "politie-oost-nederland"),
    person("directeur-veiligheidsregio", "directeur Veiligheidsregio Gelderland-Midden", "vggm"),
    person("gedeputeerde-provincie", "gedeputeerde veiligheid Provincie Gelderland", "provincie-gelderland"),
    person("secretaris-stuurgroep", "secretaris Stuurgroep (programmamanager)", "vggm"),
    person("officier-om", "officier van justitie ondermijning", "om-oost-nederland"),
    person("teamchef-politie", "teamchef politie Gelderland-Midden", "politie-oost-nederland"),
    person("manager-riec", "manager RIEC Oost-Nederland", "riec-oost-nederland"),
    person("ondersteuning-beleid", "beleidsondersteuner programmabureau", "vggm"),
    person("ondersteuning-communicatie", "communicatieadviseur programmabureau", "vggm"),
    person("trekker-eg-weerbare-overheid", "trekker Expertgroep Weerbare Overheid", "ede"),
    person("lid-eg-wo-arnhem", "lid Expertgroep Weerbare Overheid (Arnhem)", "arnhem"),
    person("lid-eg-wo-belastingdienst", "lid Expertgroep Weerbare Overheid (Belastingdienst)", "belastingdienst"),
    person("lid-eg-wo-om", "lid Expertgroep Weerbare Overheid (OM)", "om-oost-nederland"),
    person("trekker-eg-weerbare-maatschappij", "trekker Expertgroep Weerbare Maatschappij", "arnhem"),
    person("lid-eg-wm-wageningen", "lid Expertgroep Weerbare Maatschappij (Wageningen)", "wageningen"),
    person("lid-eg-wm-politie", "lid Expertgroep Weerbare Maatschappij (politie)", "politie-oost-nederland"),
    person("lid-eg-wm-veiligheidsregio", "lid Expertgroep Weerbare Maatschappij (Veiligheidsregio)", "vggm"),
    person(
      "trekker-eg-ondermijnende-criminaliteit",
      "trekker Expertgroep Ondermijnende Criminaliteit",
      "politie-oost-nederland",
    ),
    person("lid-eg-oc-rheden", "lid Expertgroep Ondermijnende Criminaliteit (Rheden)", "rheden"),
    person("lid-eg-oc-riec", "lid Expertgroep Ondermijnende Criminaliteit (RIEC)", "riec-oost-nederland"),
    person("lid-eg-oc-om", "lid Expertgroep Ondermijnende Criminaliteit (OM)", "om-oost-nederland"),
    person(
      "lid-eg-oc-belastingdienst",
      "lid Expertgroep Ondermijnende Criminaliteit (Belastingdienst)",
      "belastingdienst",
    ),
    // The chair of VNON's Expertgroep Ondermijning is the burgemeester of Deventer (the plan).
    person("burgemeester-deventer", "burgemeester Deventer", "deventer"),
    person("secretaris-eg-ondermijning-vnon", "secretaris Expertgroep Ondermijning VNON", "vnon"),
    person("lid-eg-ondermijning-vnon-riec", "lid Expertgroep Ondermijning VNON (RIEC)", "riec-oost-nederland"),
    person("voorzitter-bbg", "voorzitter BBG VNON", "vnon"),
    person("secretaris-bbg", "secretaris BBG VNON", "vnon"),
    person("lid-bbg-om", "lid BBG VNON (OM)", "om-oost-nederland"),
    person("voorzitter-rvo", "voorzitter RVO Oost-Nederland", "vnon"),
    person("secretaris-rvo", "secretaris RVO Oost-Nederland", "vnon"),
    person("lid-rvo-politie", "lid RVO Oost-Nederland (politie)", "politie-oost-nederland"),
    person("lid-rvo-om", "lid RVO Oost-Nederland (OM)", "om-oost-nederland"),
    person("analist-drio", "analist DRIO Oost-Nederland", "drio-oost-nederland"),
    person("beleidsmedewerker-provincie", "beleidsmedewerker veiligheid Provincie Gelderland", "provincie-gelderland"),
  ]
  const memberships = [
    seat("voorzitter-dvo", "dvo", "voorzitter", pact),
    seat("secretaris-dvo", "dvo", "secretaris", pact),
    ...gemeenten.filter((g) => g.id !== "arnhem").map((g) => seat(`burgemeester-${g.id}`, "dvo", "lid", pact)),
    seat("hoofdofficier-om", "dvo", "lid", pact),
    seat("districtschef-politie", "dvo", "lid", pact),
    seat("directeur-veiligheidsregio", "dvo", "lid", pact),
    seat("gedeputeerde-provincie", "dvo", "lid", pact),
    seat("burgemeester-westervoort", "stuurgroep", "voorzitter", "2015-10-01"),
    seat("secretaris-stuurgroep", "stuurgroep", "secretaris", "2015-10-01"),
    seat("burgemeester-rheden", "stuurgroep", "lid", "2015-10-01"),
    seat("burgemeester-ede", "stuurgroep", "lid", "2015-10-01"),
    seat("officier-om", "stuurgroep", "lid", "2015-10-01"),
    seat("districtschef-politie", "stuurgroep", "lid", "2015-10-01"),
    seat("directeur-veiligheidsregio", "stuurgroep", "lid", "2015-10-01"),
    seat("trekker-eg-weerbare-overheid", "eg-weerbare-overheid", "trekker", egStart),
    seat("lid-eg-wo-arnhem", "eg-weerbare-overheid", "lid", egStart),
    seat("lid-eg-wo-belastingdienst", "eg-weerbare-overheid", "lid", egStart),
    seat("lid-eg-wo-om", "eg-weerbare-overheid", "lid", egStart),
    seat("trekker-eg-weerbare-maatschappij", "eg-weerbare-maatschappij", "trekker", egStart),
    seat("lid-eg-wm-wageningen", "eg-weerbare-maatschappij", "lid", egStart),
    seat("lid-eg-wm-politie", "eg-weerbare-maatschappij", "lid", egStart),
    seat("lid-eg-wm-veiligheidsregio", "eg-weerbare-maatschappij", "lid", egStart),
    seat("trekker-eg-ondermijnende-criminaliteit", "eg-ondermijnende-criminaliteit", "trekker", egStart),
    seat("lid-eg-oc-rheden", "eg-ondermijnende-criminaliteit", "lid", egStart),
    seat("lid-eg-oc-riec", "eg-ondermijnende-criminaliteit", "lid", egStart),
    seat("lid-eg-oc-om", "eg-ondermijnende-criminaliteit", "lid", egStart),
    seat("lid-eg-oc-belastingdienst", "eg-ondermijnende-criminaliteit", "lid", egStart),
    ...["eg-weerbare-overheid", "eg-weerbare-maatschappij", "eg-ondermijnende-criminaliteit"].flatMap((eg) => [
      seat("ondersteuning-beleid", eg, "ondersteuning-beleid", egStart),
      seat("ondersteuning-communicatie", eg, "ondersteuning-communicatie", egStart),
    ]),
    seat("burgemeester-deventer", "eg-ondermijning-vnon", "trekker", "2015-01-01"),
    seat("secretaris-eg-ondermijning-vnon", "eg-ondermijning-vnon", "secretaris", "2015-01-01"),
    seat("lid-eg-ondermijning-vnon-riec", "eg-ondermijning-vnon", "lid", "2015-01-01"),
    seat("voorzitter-bbg", "bbg", "voorzitter", "2015-01-01"),
    seat("secretaris-bbg", "bbg", "secretaris", "2015-01-01"),
    seat("lid-bbg-om", "bbg", "lid", "2015-01-01"),
    seat("voorzitter-rvo", "rvo", "voorzitter", "2015-01-01"),
    seat("secretaris-rvo", "rvo", "secretaris", "2015-01-01"),
    seat("lid-rvo-politie", "rvo", "lid", "2015-01-01"),
    seat("lid-rvo-om", "rvo", "lid", "2015-01-01"),
  ]
  return {
    modelVersion: 1,
    programme: {
      name: "Samen Weerbaar",
      district: "Gelderland-Midden",
      municipalities: [
        ...gemeenten.map((g) => g.id),
        ...formerMunicipalitiesGelderlandMidden.map((g) => ({ id: g.id, to: g.to, mergedInto: g.mergedInto })),
      ],
      referenceMunicipalities: referenceMunicipalities.map((g) => ({
        id: g.id,
        reason: "pilot netwerkanalyse DRIO, naast Rheden",
      })),
      availableBudget: 150_000_000,
      startDate: pact,
    },
    themes: themes(planThemes),
    organisations: [
      ...[...gemeenten, ...formerMunicipalitiesGelderlandMidden, ...referenceMunicipalities].map((g) => ({
        kind: "gemeente" as const,
        id: g.id,
        name: g.name,
        cbsCode: g.cbsCode,
      })),
      { kind: "gemeente" as const, id: "deventer", name: "Deventer", cbsCode: "GM0150" },
      ...partnersOostNederland,
      {
        kind: "politie" as const,
        id: "drio-oost-nederland",
        name: "Dienst Regionale Informatie Organisatie (DRIO), Politie Oost-Nederland",
      },
    ],
    persons: [...persons, ...samenWeerbaarSubstitutePersons],
    bodies: withMeetingRules([
      body("dvo", "DVO Gelderland-Midden", "bestuurlijk", { method: "consensus" }),
      body("stuurgroep", "Stuurgroep Samen Weerbaar", "besturing", { method: "consensus" }),
      body(
        "eg-weerbare-overheid",
        "Expertgroep Weerbare Overheid",
        "beleid",
        { method: "consensus" },
        "weerbare-overheid",
      ),
      body(
        "eg-weerbare-maatschappij",
        "Expertgroep Weerbare Maatschappij",
        "beleid",
        { method: "consensus" },
        "weerbare-maatschappij",
      ),
      body(
        "eg-ondermijnende-criminaliteit",
        "Expertgroep Ondermijnende Criminaliteit",
        "beleid",
        { method: "consensus" },
        "ondermijnende-criminaliteit",
      ),
      body("eg-ondermijning-vnon", "Expertgroep Ondermijning VNON", "netwerk", { method: "consensus" }),
      body("bbg", "Bestuurlijke Begeleidingsgroep VNON", "netwerk", { method: "consensus" }),
      body("rvo", "Regionaal Veiligheidsoverleg Oost-Nederland", "netwerk", { method: "consensus" }),
    ]),
    memberships,
    // Two DVO members liaise with the chair of VNON's Expertgroep Ondermijning (see vnonLiaison).
    liaisons: [{ ...vnonLiaison(pact), body: "dvo" }],
    entitlements: samenWeerbaarEntitlements(),
    routes: [
      {
        item: "opdracht",
        drafter: { level: "beleid" },
        budget: "optional",
        steps: steps(["stuurgroep", "approve", "return", "reject"]),
      },
      {
        item: "beleidsvoorstel",
        drafter: [{ level: "beleid" }, { body: "stuurgroep" }],
        budget: "required",
        steps: steps(["stuurgroep", "approve", "return", "reject"], ["dvo", "accord", "return", "reject"]),
      },
      {
        item: "programmaplan",
        drafter: { body: "stuurgroep" },
        budget: "optional",
        steps: steps(["dvo", "approve", "return", "reject"]),
      },
      {
        item: "programmabijstelling",
        drafter: { body: "stuurgroep" },
        budget: "optional",
        steps: steps(["dvo", "approve", "reject"]),
      },
      {
        // The Stuurgroep informs the DVO; an expert group's trekker informs the Stuurgroep, whose
        // take-note ends that report's route (a body takes no note of its own report: `startOf`).
        item: "voortgangsrapportage",
        drafter: [{ body: "stuurgroep" }, { level: "beleid" }],
        budget: "none",
        steps: steps(["stuurgroep", "take-note"], ["dvo", "take-note"]),
      },
      {
        item: "overdracht",
        drafter: { body: "stuurgroep" },
        budget: "none",
        steps: steps(["stuurgroep", "approve", "reject"]),
      },
    ],
    forces: samenWeerbaarForces,
  }
}
