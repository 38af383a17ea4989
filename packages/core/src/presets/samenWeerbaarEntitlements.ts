import type { GovernanceModelJson } from "../governance/GovernanceModel.js"

const covenant = "RIEC-convenant Oost-Nederland"

const riecOostNederland = ["strategisch-ob-oost-nederland", "tactisch-ob-oost-nederland"] as const

/**
 * Who handles confidential (`vertrouwelijk`) information products in the preset, per product and
 * purpose as the RIEC covenant works (doelbinding): the RIEC and the DRIO for the kinds of products
 * they make; the officier van justitie ondermijning and the trekker of the Expertgroep
 * Ondermijnende Criminaliteit for the RIEC's pictures of Oost-Nederland and the DRIO network
 * analysis; the burgemeester and the expert of Rheden for Rheden's lokaal ondermijningsbeeld only.
 * @category presets
 */
export const samenWeerbaarEntitlements = (): NonNullable<GovernanceModelJson["entitlements"]> => [
  ...(["strategisch-ondermijningsbeeld", "tactisch-ondermijningsbeeld", "lokaal-ondermijningsbeeld"] as const).map(
    (kind) => ({
      grant: "vertrouwelijk" as const,
      organisation: "riec-oost-nederland",
      kind,
      purpose: "het ondermijningsbeeld maken, opleveren en er een deelbare samenvatting van goedkeuren",
      basis: `${covenant}: producent`,
      from: "2015-01-01",
    }),
  ),
  {
    grant: "vertrouwelijk",
    organisation: "drio-oost-nederland",
    kind: "netwerkanalyse",
    purpose: "de netwerkanalyse maken, opleveren en er een deelbare samenvatting van goedkeuren",
    basis: "producent van de netwerkanalyse",
    from: "2015-01-01",
  },
  {
    grant: "vertrouwelijk",
    person: "officier-om",
    products: [...riecOostNederland, "netwerkanalyse-rheden"],
    purpose: "strafrechtelijke en bestuurlijke aanpak van ondermijning in Oost-Nederland",
    basis: `${covenant}: OM`,
    from: "2015-01-01",
  },
  {
    grant: "vertrouwelijk",
    person: "trekker-eg-ondermijnende-criminaliteit",
    products: [...riecOostNederland, "netwerkanalyse-rheden"],
    purpose: "keuze van Best Practices door de Expertgroep Ondermijnende Criminaliteit",
    basis: `${covenant}: politie`,
    from: "2016-01-11",
  },
  {
    grant: "vertrouwelijk",
    person: "burgemeester-rheden",
    products: ["lokaal-ob-rheden"],
    purpose: "bestuurlijke aanpak van ondermijning in Rheden (pilot lokaal ondermijningsbeeld)",
    basis: `${covenant}: pilot lokaal ondermijningsbeeld Rheden`,
    from: "2015-09-03",
  },
  {
    grant: "vertrouwelijk",
    person: "lid-eg-oc-rheden",
    products: ["lokaal-ob-rheden"],
    purpose: "bestuurlijke aanpak van ondermijning in Rheden (pilot lokaal ondermijningsbeeld)",
    basis: `${covenant}: pilot lokaal ondermijningsbeeld Rheden`,
    from: "2016-01-11",
  },
]
