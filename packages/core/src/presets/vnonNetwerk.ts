import { Schema } from "effect"
import { GovernanceModel, type GovernanceModelJson } from "../governance/GovernanceModel.js"
import { planThemes } from "../governance/Theme.js"
import { districtsOostNederland, districtIJsselland, districtTwente } from "./municipalitiesOostNederland.js"
import { partnersOostNederland, preset } from "./presetBuilder.js"

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

/**
 * Deventer, Kampen and Enschede with their CBS codes: the reference municipalities of the Samen
 * Weerbaar preset and the seat of the chair of VNON's Expertgroep Ondermijning.
 * @category presets
 */
export const municipalitiesVnonSample: ReadonlyArray<{ id: string; name: string; cbsCode: string }> = [
  ...districtIJsselland.municipalities.filter((g) => g.id === "deventer" || g.id === "kampen"),
  ...districtTwente.municipalities.filter((g) => g.id === "enschede"),
].map((g) => ({ id: g.id, name: g.name, cbsCode: g.cbsCode }))

/**
 * The governance model of the Veiligheidsnetwerk Oost-Nederland (VNON) as the receiving side of a
 * handover: its Expertgroep Ondermijning (beleid) receives handed-over Best Practices, the
 * Bestuurlijke Begeleidingsgroep (BBG, besturing) proposes them, the Regionaal Veiligheidsoverleg
 * (RVO, bestuurlijk, no area) agrees for all of Oost-Nederland, and the DVOs of the five districts
 * (bestuurlijk, each with its area: IJsselland, Twente, Noord- en Oost-Gelderland,
 * Gelderland-Midden, Gelderland-Zuid) decide for their own municipalities. Its themes are
 * {@link vnonThemes}. Persons are roles, not names.
 *
 * The municipalities are the 79 of Oost-Nederland in 2016, by district, with their CBS codes and
 * the mergers since ({@link districtsOostNederland}, whose file names its source).
 *
 * The chair (trekker) of the Expertgroep Ondermijning is the burgemeester of Deventer, as in the
 * plan; the liaison the plan names ("Vanuit het DVO Gelderland-Midden stemmen daarnaast [twee
 * DVO-leden] op bestuurlijk niveau af met de voorzitter van deze Expertgroep Ondermijning VNON")
 * is a {@link Liaison}. The plan leaves out the roles of the two DVO members; this preset takes
 * the burgemeester of Westervoort (under whom the programme was set up) and the hoofdofficier of
 * the OM Oost-Nederland, two members of the DVO Gelderland-Midden in the Samen Weerbaar preset.
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

/**
 * The liaison of the plan: the burgemeester of Westervoort and the hoofdofficier of the OM, members
 * of the DVO Gelderland-Midden, coordinate on bestuurlijk level with the chair of VNON's
 * Expertgroep Ondermijning, the burgemeester of Deventer.
 * @category presets
 */
export const vnonLiaison = (from: string) => ({
  id: "afstemming-dvo-gm-eg-ondermijning-vnon",
  body: "dvo-gelderland-midden",
  members: ["burgemeester-westervoort", "hoofdofficier-om"] as [string, ...Array<string>],
  counterpartBody: "eg-ondermijning-vnon",
  counterpart: "burgemeester-deventer",
  subject: "bestuurlijke afstemming over ondermijning",
  from,
})

/** The VNON preset as JSON: a starting point for VNON's own model. @category presets */
export const vnonNetwerkJson = (): GovernanceModelJson => {
  const gemeenten = districtsOostNederland.flatMap((d) => d.municipalities)
  const start = "2015-01-01"
  return {
    modelVersion: 1,
    programme: {
      name: "Veiligheidsnetwerk Oost-Nederland",
      district: "Oost-Nederland",
      municipalities: gemeenten.map((g) =>
        g.from === undefined && g.to === undefined
          ? g.id
          : {
              id: g.id,
              ...(g.from === undefined ? {} : { from: g.from }),
              ...(g.to === undefined ? {} : { to: g.to }),
              ...(g.mergedInto === undefined ? {} : { mergedInto: g.mergedInto }),
            },
      ),
      availableBudget: 100_000_000,
      startDate: start,
    },
    themes: [...vnonThemes],
    organisations: [
      ...gemeenten.map((g) => ({ kind: "gemeente" as const, id: g.id, name: g.name, cbsCode: g.cbsCode })),
      ...partnersOostNederland,
    ],
    persons: [
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
      person("burgemeester-westervoort", "burgemeester Westervoort", "westervoort"),
      person("hoofdofficier-om", "hoofdofficier van justitie OM Oost-Nederland", "om-oost-nederland"),
      person("voorzitter-dvo-ijsselland", "voorzitter DVO IJsselland", "zwolle"),
      person("voorzitter-dvo-twente", "voorzitter DVO Twente", "enschede"),
      person("voorzitter-dvo-noord-oost-gelderland", "voorzitter DVO Noord- en Oost-Gelderland", "apeldoorn"),
      person("voorzitter-dvo-gelderland-zuid", "voorzitter DVO Gelderland-Zuid", "nijmegen"),
    ],
    bodies: [
      body("rvo", "Regionaal Veiligheidsoverleg Oost-Nederland", "bestuurlijk", {
        method: "consensus",
        quorumPercent: 50,
      }),
      ...districtsOostNederland.map((d) => districtDvo(d.id, d.name, d.municipalities)),
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
      seat("burgemeester-deventer", "eg-ondermijning-vnon", "trekker", start),
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
      seat("burgemeester-westervoort", "dvo-gelderland-midden", "lid", start),
      seat("hoofdofficier-om", "dvo-gelderland-midden", "lid", start),
      seat("voorzitter-dvo-ijsselland", "dvo-ijsselland", "voorzitter", start),
      seat("voorzitter-dvo-twente", "dvo-twente", "voorzitter", start),
      seat("voorzitter-dvo-noord-oost-gelderland", "dvo-noord-oost-gelderland", "voorzitter", start),
      seat("voorzitter-dvo-gelderland-zuid", "dvo-gelderland-zuid", "voorzitter", start),
    ],
    liaisons: [vnonLiaison(start)],
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
