import type { CalendarDate } from "../kernel/CalendarDate.js"
import type { Body } from "./Body.js"
import type { GovernanceModel } from "./GovernanceModel.js"
import type { OrganisationId } from "./Ids.js"
import type { ProgrammeMunicipality, ReferenceMunicipality } from "./Programme.js"

/** The parts of a governance model that the area queries read. @category governance */
export type AreaView = Pick<GovernanceModel, "programme">

const holdsOn = (entry: { readonly from?: string | undefined; readonly to?: string | undefined }, date: string) =>
  (entry.from === undefined || entry.from <= date) && (entry.to === undefined || date <= entry.to)

/**
 * The municipalities of the programme's area on `date`: those whose validity holds then.
 * Gelderland-Midden has 16 on 2016-06-01 (with Rijnwaarden) and 15 on 2018-01-01.
 * @example
 * ```ts
 * areaOn(samenWeerbaar(), calendarDate("2018-01-01")).includes(OrganisationId.make("rijnwaarden")) // false
 * ```
 * @category governance
 */
export const areaOn = (model: AreaView, date: CalendarDate): ReadonlyArray<OrganisationId> =>
  model.programme.municipalities.filter((m) => holdsOn(m, date)).map((m) => m.id)

/** Whether `municipality` belongs to the programme's area on `date`. @category governance */
export const inAreaOn = (model: AreaView, municipality: string, date: CalendarDate): boolean =>
  model.programme.municipalities.some((m) => m.id === municipality && holdsOn(m, date))

/** The programme's entry of `municipality`, whatever its dates. @category governance */
export const programmeMunicipality = (model: AreaView, municipality: string): ProgrammeMunicipality | undefined =>
  model.programme.municipalities.find((m) => m.id === municipality)

/**
 * The municipality that stands for `municipality` on `date`: itself while it exists, else —
 * after its `to` date — the municipality it merged into, followed through later mergers. The
 * track views map every track through it, so that Rijnwaarden's tracks count as Zevenaar's from
 * 2018-01-01.
 * @example
 * ```ts
 * successorOn(samenWeerbaar(), "rijnwaarden", calendarDate("2018-01-01")) // "zevenaar"
 * ```
 * @category governance
 */
export const successorOn = (model: AreaView, municipality: string, date: CalendarDate): string => {
  let current = municipality
  const seen = new Set<string>()
  for (;;) {
    const entry = programmeMunicipality(model, current)
    if (entry?.mergedInto === undefined || entry.to === undefined || date <= entry.to || seen.has(current)) {
      return current
    }
    seen.add(current)
    current = entry.mergedInto
  }
}

/** The reference municipalities (outside the area) that take part on `date`. @category governance */
export const referenceMunicipalitiesOn = (model: AreaView, date: CalendarDate): ReadonlyArray<ReferenceMunicipality> =>
  (model.programme.referenceMunicipalities ?? []).filter((r) => holdsOn(r, date))

/** Whether `municipality` is a reference municipality of the programme on `date`. @category governance */
export const isReferenceOn = (model: AreaView, municipality: string, date: CalendarDate): boolean =>
  referenceMunicipalitiesOn(model, date).some((r) => r.id === municipality)

/**
 * The bestuurlijke bodies that decide for `municipality`: those whose area holds it, or, when no
 * area does, those without an area (the DVO of Samen Weerbaar; VNON's RVO). A DVO whose area
 * does not hold the municipality is never among them.
 * @example
 * ```ts
 * bestuurlijkBodiesFor(vnonNetwerk(), "ede").map((b) => b.id) // ["dvo-gelderland-midden"]
 * ```
 * @category governance
 */
export const bestuurlijkBodiesFor = (
  model: Pick<GovernanceModel, "bodies">,
  municipality: string,
): ReadonlyArray<Body> => {
  const bestuurlijk = model.bodies.filter((b) => b.level === "bestuurlijk")
  const byArea = bestuurlijk.filter((b) => b.area?.includes(municipality as OrganisationId) === true)
  return byArea.length > 0 ? byArea : bestuurlijk.filter((b) => b.area === undefined)
}
