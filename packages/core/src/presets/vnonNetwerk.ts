import { Schema } from "effect"
import { GovernanceModel, type GovernanceModelJson } from "../governance/GovernanceModel.js"
import { planThemes } from "../governance/Theme.js"
import { municipalitiesGelderlandMidden, partnersOostNederland, preset } from "./presetBuilder.js"

const { person, seat, body, steps, themes } = preset

/**
 * VNON's themes: the plan's three, which handed-over practices carry, and the themes of its
 * Expertgroep Ondermijning — hennep (since 2015), widened to drugs and OMG's.
 * @category presets
 */
export const vnonThemes: ReadonlyArray<{ id: string; name: { nl: string; en: string } }> = [
  ...themes(planThemes),
  { id: "hennep", name: { nl: "Hennep", en: "Cannabis cultivation" } },
  { id: "drugs", name: { nl: "Drugs", en: "Drugs" } },
  { id: "omg", name: { nl: "OMG's", en: "Outlaw motorcycle gangs" } },
]

/** The municipalities outside Gelderland-Midden this preset lists, with CBS codes. @category presets */
export const municipalitiesVnonSample: ReadonlyArray<{ id: string; name: string; cbsCode: string }> = [
  { id: "deventer", name: "Deventer", cbsCode: "GM0150" },
  { id: "kampen", name: "Kampen", cbsCode: "GM0166" },
  { id: "enschede", name: "Enschede", cbsCode: "GM0153" },
]

/**
 * The governance model of the Veiligheidsnetwerk Oost-Nederland (VNON) as the receiving side of a
 * handover: its Expertgroep Ondermijning (beleid) receives handed-over Best Practices, the
 * Bestuurlijke Begeleidingsgroep (BBG, besturing) proposes them, the Regionaal Veiligheidsoverleg
 * (RVO, bestuurlijk, no area) agrees for all of Oost-Nederland, and the DVOs of the districts
 * (bestuurlijk, each with its area: Gelderland-Midden, IJsselland, Twente) decide for their own
 * municipalities. Its themes are {@link vnonThemes}. Persons are roles, not names.
 *
 * The municipalities are a sample whose CBS codes are certain: the 15 of Gelderland-Midden and
 * Deventer, Kampen and Enschede. VNON supplies its full list of 79 municipalities in its own
 * JSON model (start from {@link vnonNetwerkJson}).
 *
 * @example
 * ```ts
 * const model = vnonNetwerk()
 * routeOf(model, "overdracht") // Expertgroep drafts (receives) → BBG approves → RVO accords
 * ```
 * @category presets
 */
export const vnonNetwerk = (): GovernanceModel => Schema.decodeUnknownSync(GovernanceModel)(vnonNetwerkJson())

const districtDvo = (id: string, name: string, area: ReadonlyArray<{ id: string }>) => ({
  ...body(id, name, "bestuurlijk", { method: "consensus" }),
  area: area.map((g) => g.id),
})

/** The VNON preset as JSON: a starting point for VNON's own model. @category presets */
export const vnonNetwerkJson = (): GovernanceModelJson => {
  const gemeenten = [...municipalitiesGelderlandMidden, ...municipalitiesVnonSample]
  const start = "2015-01-01"
  return {
    modelVersion: 1,
    programme: {
      name: "Veiligheidsnetwerk Oost-Nederland",
      district: "Oost-Nederland",
      municipalities: gemeenten.map((g) => g.id),
      availableBudget: 100_000_000,
      startDate: start,
    },
    themes: [...vnonThemes],
    organisations: [
      ...gemeenten.map((g) => ({ kind: "gemeente" as const, id: g.id, name: g.name, cbsCode: g.cbsCode })),
      ...partnersOostNederland,
    ],
    persons: [
      person("voorzitter-eg-ondermijning-vnon", "voorzitter Expertgroep Ondermijning VNON", "deventer"),
      person("secretaris-eg-ondermijning-vnon", "secretaris Expertgroep Ondermijning VNON", "vnon"),
      person("lid-eg-ondermijning-vnon-riec", "lid Expertgroep Ondermijning VNON (RIEC)", "riec-oost-nederland"),
      person("lid-eg-ondermijning-vnon-enschede", "lid Expertgroep Ondermijning VNON (Enschede)", "enschede"),
      person("voorzitter-bbg", "voorzitter BBG VNON", "vnon"),
      person("secretaris-bbg", "secretaris BBG VNON", "vnon"),
      person("lid-bbg-om", "lid BBG VNON (OM)", "om-oost-nederland"),
      person("lid-bbg-politie", "lid BBG VNON (politie)", "politie-oost-nederland"),
      person("voorzitter-rvo", "voorzitter RVO Oost-Nederland", "vnon"),
      person("secretaris-rvo", "secretaris RVO Oost-Nederland", "vnon"),
      person("burgemeester-deventer", "burgemeester Deventer", "deventer"),
      person("burgemeester-kampen", "burgemeester Kampen", "kampen"),
      person("burgemeester-enschede", "burgemeester Enschede", "enschede"),
      person("lid-rvo-politie", "lid RVO Oost-Nederland (politie)", "politie-oost-nederland"),
      person("lid-rvo-om", "lid RVO Oost-Nederland (OM)", "om-oost-nederland"),
      person("voorzitter-dvo-gelderland-midden", "voorzitter DVO Gelderland-Midden", "arnhem"),
      person("voorzitter-dvo-ijsselland", "voorzitter DVO IJsselland", "deventer"),
      person("voorzitter-dvo-twente", "voorzitter DVO Twente", "enschede"),
    ],
    bodies: [
      body("rvo", "Regionaal Veiligheidsoverleg Oost-Nederland", "bestuurlijk", {
        method: "consensus",
        quorumPercent: 50,
      }),
      districtDvo("dvo-gelderland-midden", "DVO Gelderland-Midden", municipalitiesGelderlandMidden),
      districtDvo(
        "dvo-ijsselland",
        "DVO IJsselland",
        municipalitiesVnonSample.filter((g) => g.id !== "enschede"),
      ),
      districtDvo(
        "dvo-twente",
        "DVO Twente",
        municipalitiesVnonSample.filter((g) => g.id === "enschede"),
      ),
      body("bbg", "Bestuurlijke Begeleidingsgroep VNON", "besturing", { method: "consensus" }),
      body(
        "eg-ondermijning-vnon",
        "Expertgroep Ondermijning VNON",
        "beleid",
        { method: "consensus" },
        "ondermijnende-criminaliteit",
      ),
    ],
    memberships: [
      seat("voorzitter-eg-ondermijning-vnon", "eg-ondermijning-vnon", "trekker", start),
      seat("secretaris-eg-ondermijning-vnon", "eg-ondermijning-vnon", "secretaris", start),
      seat("lid-eg-ondermijning-vnon-riec", "eg-ondermijning-vnon", "lid", start),
      seat("lid-eg-ondermijning-vnon-enschede", "eg-ondermijning-vnon", "lid", start),
      seat("voorzitter-bbg", "bbg", "voorzitter", start),
      seat("secretaris-bbg", "bbg", "secretaris", start),
      seat("lid-bbg-om", "bbg", "lid", start),
      seat("lid-bbg-politie", "bbg", "lid", start),
      seat("voorzitter-rvo", "rvo", "voorzitter", start),
      seat("secretaris-rvo", "rvo", "secretaris", start),
      seat("burgemeester-deventer", "rvo", "lid", start),
      seat("burgemeester-kampen", "rvo", "lid", start),
      seat("burgemeester-enschede", "rvo", "lid", start),
      seat("lid-rvo-politie", "rvo", "lid", start),
      seat("lid-rvo-om", "rvo", "lid", start),
      seat("voorzitter-dvo-gelderland-midden", "dvo-gelderland-midden", "voorzitter", start),
      seat("voorzitter-dvo-ijsselland", "dvo-ijsselland", "voorzitter", start),
      seat("voorzitter-dvo-twente", "dvo-twente", "voorzitter", start),
    ],
    routes: [
      {
        item: "overdracht",
        drafter: { body: "eg-ondermijning-vnon" },
        budget: "none",
        steps: steps(["bbg", "approve", "return", "reject"], ["rvo", "accord", "return", "reject"]),
      },
      {
        item: "beleidsvoorstel",
        drafter: { level: "beleid" },
        budget: "required",
        steps: steps(["bbg", "approve", "return", "reject"], ["rvo", "accord", "return", "reject"]),
      },
      {
        item: "programmaplan",
        drafter: { body: "bbg" },
        budget: "optional",
        steps: steps(["rvo", "approve", "return", "reject"]),
      },
      {
        item: "programmabijstelling",
        drafter: { body: "bbg" },
        budget: "optional",
        steps: steps(["rvo", "approve", "reject"]),
      },
    ],
  }
}
