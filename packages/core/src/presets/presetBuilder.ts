import type { GovernanceModelJson } from "../governance/GovernanceModel.js"

type Json = GovernanceModelJson
type Seat = Json["memberships"][number]
type BodyJson = Json["bodies"][number]
type Step = Json["routes"][number]["steps"][number]

/** The 15 municipalities of Veiligheidsregio Gelderland-Midden with their CBS codes. @category presets */
export const municipalitiesGelderlandMidden: ReadonlyArray<{ id: string; name: string; cbsCode: string }> = [
  { id: "arnhem", name: "Arnhem", cbsCode: "GM0202" },
  { id: "barneveld", name: "Barneveld", cbsCode: "GM0203" },
  { id: "doesburg", name: "Doesburg", cbsCode: "GM0221" },
  { id: "duiven", name: "Duiven", cbsCode: "GM0226" },
  { id: "ede", name: "Ede", cbsCode: "GM0228" },
  { id: "lingewaard", name: "Lingewaard", cbsCode: "GM1705" },
  { id: "nijkerk", name: "Nijkerk", cbsCode: "GM0267" },
  { id: "overbetuwe", name: "Overbetuwe", cbsCode: "GM1734" },
  { id: "renkum", name: "Renkum", cbsCode: "GM0274" },
  { id: "rheden", name: "Rheden", cbsCode: "GM0275" },
  { id: "rozendaal", name: "Rozendaal", cbsCode: "GM0277" },
  { id: "scherpenzeel", name: "Scherpenzeel", cbsCode: "GM0279" },
  { id: "wageningen", name: "Wageningen", cbsCode: "GM0289" },
  { id: "westervoort", name: "Westervoort", cbsCode: "GM0293" },
  { id: "zevenaar", name: "Zevenaar", cbsCode: "GM0299" },
]

/**
 * The municipalities of Gelderland-Midden that have since merged, with their last day and their
 * successor: Rijnwaarden (GM0196) merged into Zevenaar on 2018-01-01.
 * @category presets
 */
export const formerMunicipalitiesGelderlandMidden: ReadonlyArray<{
  id: string
  name: string
  cbsCode: string
  to: string
  mergedInto: string
}> = [{ id: "rijnwaarden", name: "Rijnwaarden", cbsCode: "GM0196", to: "2017-12-31", mergedInto: "zevenaar" }]

/** The partner organisations of Oost-Nederland that take part. @category presets */
export const partnersOostNederland: GovernanceModelJson["organisations"] = [
  { kind: "om", id: "om-oost-nederland", name: "Openbaar Ministerie Oost-Nederland" },
  { kind: "politie", id: "politie-oost-nederland", name: "Politie Oost-Nederland" },
  { kind: "riec", id: "riec-oost-nederland", name: "RIEC Oost-Nederland" },
  { kind: "veiligheidsregio", id: "vggm", name: "Veiligheids- en Gezondheidsregio Gelderland-Midden" },
  { kind: "provincie", id: "provincie-gelderland", name: "Provincie Gelderland" },
  { kind: "belastingdienst", id: "belastingdienst", name: "Belastingdienst Oost-Nederland" },
  { kind: "overig", id: "vnon", name: "Veiligheidsnetwerk Oost-Nederland" },
]

/** Small builders that keep presets readable. @category presets */
export const preset = {
  person: (id: string, displayName: string, organisation: string) => ({ id, displayName, organisation }),
  seat: (person: string, body: string, role: Seat["role"], from: string, to?: string): Seat =>
    to === undefined ? { person, body, role, from } : { person, body, role, from, to },
  body: (
    id: string,
    name: string,
    level: BodyJson["level"],
    decisionRule: BodyJson["decisionRule"],
    theme?: NonNullable<BodyJson["theme"]>,
  ): BodyJson => (theme === undefined ? { id, name, level, decisionRule } : { id, name, level, decisionRule, theme }),
  themes: (
    themes: ReadonlyArray<{ readonly id: string; readonly name: { readonly nl: string; readonly en: string } }>,
  ) => themes.map((t) => ({ id: t.id, name: { nl: t.name.nl, en: t.name.en } })),
  steps: (...steps: ReadonlyArray<readonly [string, ...Array<Step["outcomes"][number]>]>): [Step, ...Array<Step>] =>
    steps.map(([body, ...outcomes]) => ({ body, outcomes: outcomes as unknown as Step["outcomes"] })) as [
      Step,
      ...Array<Step>,
    ],
}
