import { municipalitiesGelderlandMidden } from "./presetBuilder.js"

/** A municipality of Oost-Nederland with its CBS code and, where it merged or was formed, its dates. @category presets */
export interface MunicipalityOostNederland {
  readonly id: string
  readonly name: string
  readonly cbsCode: string
  /** The first day it exists, if it was formed after 2015 (a merger). */
  readonly from?: string
  /** The last day it existed, and the municipality it merged into. */
  readonly to?: string
  readonly mergedInto?: string
}

/** A district (veiligheidsregio) of Oost-Nederland: its DVO's id and name, and its municipalities. @category presets */
export interface DistrictOostNederland {
  readonly id: string
  readonly name: string
  /** The veiligheidsregio's code in the source (VR04 … VR08). */
  readonly vrCode: string
  readonly municipalities: ReadonlyArray<MunicipalityOostNederland>
}

const m = (id: string, name: string, cbsCode: string): MunicipalityOostNederland => ({ id, name, cbsCode })

/*
 * Source. The municipalities per veiligheidsregio and their CBS codes are those of the public
 * dataset of the Dutch Ministry of Health (VWS), `gmData` in
 * https://github.com/minvws/nl-covid19-data-dashboard/blob/1c271e3f0a358a2f8bf6c67a92daa876d147d8f8/packages/app/src/data/gm.ts
 * (CBS gemeentecodes, `vrCode` VR04 IJsselland, VR05 Twente, VR06 Noord- en Oost-Gelderland,
 * VR07 Gelderland-Midden, VR08 Gelderland-Zuid; the indeling of 2021). The municipalities of 2016
 * that merged since are not in it: Geldermalsen GM0236, Lingewaal GM0733 and Neerijnen GM0304
 * (merged into West Betuwe, GM1960, on 2019-01-01) are taken from a public list of CBS StatLine
 * region codes (RegioS, the gemeentecodes up to 2015) in a SQL file on GitHub (`goinsp.sql`)
 * whose repository could not be named here — check these three against CBS's
 * "Gemeentelijke indeling op 1 januari 2016" before relying on them; Rijnwaarden (GM0196) merged
 * into Zevenaar on 2018-01-01 (see the Samen Weerbaar preset). So the preset has the 79
 * municipalities of 2016 and West Betuwe from 2019.
 */

/** Veiligheidsregio IJsselland (VR04): 11 municipalities. @category presets */
export const districtIJsselland: DistrictOostNederland = {
  id: "dvo-ijsselland",
  name: "DVO IJsselland",
  vrCode: "VR04",
  municipalities: [
    m("dalfsen", "Dalfsen", "GM0148"),
    m("deventer", "Deventer", "GM0150"),
    m("hardenberg", "Hardenberg", "GM0160"),
    m("kampen", "Kampen", "GM0166"),
    m("olst-wijhe", "Olst-Wijhe", "GM1773"),
    m("ommen", "Ommen", "GM0175"),
    m("raalte", "Raalte", "GM0177"),
    m("staphorst", "Staphorst", "GM0180"),
    m("steenwijkerland", "Steenwijkerland", "GM1708"),
    m("zwartewaterland", "Zwartewaterland", "GM1896"),
    m("zwolle", "Zwolle", "GM0193"),
  ],
}

/** Veiligheidsregio Twente (VR05): 14 municipalities. @category presets */
export const districtTwente: DistrictOostNederland = {
  id: "dvo-twente",
  name: "DVO Twente",
  vrCode: "VR05",
  municipalities: [
    m("almelo", "Almelo", "GM0141"),
    m("borne", "Borne", "GM0147"),
    m("dinkelland", "Dinkelland", "GM1774"),
    m("enschede", "Enschede", "GM0153"),
    m("haaksbergen", "Haaksbergen", "GM0158"),
    m("hellendoorn", "Hellendoorn", "GM0163"),
    m("hengelo", "Hengelo (O.)", "GM0164"),
    m("hof-van-twente", "Hof van Twente", "GM1735"),
    m("losser", "Losser", "GM0168"),
    m("oldenzaal", "Oldenzaal", "GM0173"),
    m("rijssen-holten", "Rijssen-Holten", "GM1742"),
    m("tubbergen", "Tubbergen", "GM0183"),
    m("twenterand", "Twenterand", "GM1700"),
    m("wierden", "Wierden", "GM0189"),
  ],
}

/** Veiligheidsregio Noord- en Oost-Gelderland (VR06): 22 municipalities. @category presets */
export const districtNoordOostGelderland: DistrictOostNederland = {
  id: "dvo-noord-oost-gelderland",
  name: "DVO Noord- en Oost-Gelderland",
  vrCode: "VR06",
  municipalities: [
    m("aalten", "Aalten", "GM0197"),
    m("apeldoorn", "Apeldoorn", "GM0200"),
    m("berkelland", "Berkelland", "GM1859"),
    m("bronckhorst", "Bronckhorst", "GM1876"),
    m("brummen", "Brummen", "GM0213"),
    m("doetinchem", "Doetinchem", "GM0222"),
    m("elburg", "Elburg", "GM0230"),
    m("epe", "Epe", "GM0232"),
    m("ermelo", "Ermelo", "GM0233"),
    m("harderwijk", "Harderwijk", "GM0243"),
    m("hattem", "Hattem", "GM0244"),
    m("heerde", "Heerde", "GM0246"),
    m("lochem", "Lochem", "GM0262"),
    m("montferland", "Montferland", "GM1955"),
    m("nunspeet", "Nunspeet", "GM0302"),
    m("oldebroek", "Oldebroek", "GM0269"),
    m("oost-gelre", "Oost Gelre", "GM1586"),
    m("oude-ijsselstreek", "Oude IJsselstreek", "GM1509"),
    m("putten", "Putten", "GM0273"),
    m("voorst", "Voorst", "GM0285"),
    m("winterswijk", "Winterswijk", "GM0294"),
    m("zutphen", "Zutphen", "GM0301"),
  ],
}

/** Veiligheidsregio Gelderland-Zuid (VR08): 16 municipalities in 2016, 14 from 2019. @category presets */
export const districtGelderlandZuid: DistrictOostNederland = {
  id: "dvo-gelderland-zuid",
  name: "DVO Gelderland-Zuid",
  vrCode: "VR08",
  municipalities: [
    m("berg-en-dal", "Berg en Dal", "GM1945"),
    m("beuningen", "Beuningen", "GM0209"),
    m("buren", "Buren", "GM0214"),
    m("culemborg", "Culemborg", "GM0216"),
    m("druten", "Druten", "GM0225"),
    { ...m("geldermalsen", "Geldermalsen", "GM0236"), to: "2018-12-31", mergedInto: "west-betuwe" },
    m("heumen", "Heumen", "GM0252"),
    { ...m("lingewaal", "Lingewaal", "GM0733"), to: "2018-12-31", mergedInto: "west-betuwe" },
    m("maasdriel", "Maasdriel", "GM0263"),
    m("neder-betuwe", "Neder-Betuwe", "GM1740"),
    { ...m("neerijnen", "Neerijnen", "GM0304"), to: "2018-12-31", mergedInto: "west-betuwe" },
    m("nijmegen", "Nijmegen", "GM0268"),
    m("tiel", "Tiel", "GM0281"),
    { ...m("west-betuwe", "West Betuwe", "GM1960"), from: "2019-01-01" },
    m("west-maas-en-waal", "West Maas en Waal", "GM0668"),
    m("wijchen", "Wijchen", "GM0296"),
    m("zaltbommel", "Zaltbommel", "GM0297"),
  ],
}

/**
 * Veiligheidsregio Gelderland-Midden (VR07): the 15 municipalities of the Samen Weerbaar preset and
 * Rijnwaarden until its merger into Zevenaar on 2018-01-01.
 * @category presets
 */
export const districtGelderlandMidden: DistrictOostNederland = {
  id: "dvo-gelderland-midden",
  name: "DVO Gelderland-Midden",
  vrCode: "VR07",
  municipalities: [
    ...municipalitiesGelderlandMidden,
    { ...m("rijnwaarden", "Rijnwaarden", "GM0196"), to: "2017-12-31", mergedInto: "zevenaar" },
  ],
}

/**
 * The five districts of Oost-Nederland and their municipalities: 79 on 2016-01-01 (11 + 14 + 22 +
 * 16 + 16), 76 from 2019-01-01. The source is named in this file.
 * @category presets
 */
export const districtsOostNederland: ReadonlyArray<DistrictOostNederland> = [
  districtIJsselland,
  districtTwente,
  districtNoordOostGelderland,
  districtGelderlandMidden,
  districtGelderlandZuid,
]
