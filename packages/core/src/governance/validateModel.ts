import type { Membership } from "./Membership.js"
import { draftersOf } from "./Route.js"
import type { GovernanceModelFields } from "./GovernanceModel.js"
import { areaProblems } from "./areaProblems.js"
import { forceProblems } from "./forceProblems.js"
import { liaisonProblems } from "./liaisonProblems.js"
import { substitutionProblems } from "./substitutionProblems.js"
import { themeProblems } from "./themeProblems.js"

/**
 * A problem in a governance model: where (`path` into the JSON) and what.
 * @category governance
 */
export interface ModelProblem {
  readonly path: ReadonlyArray<string | number>
  readonly message: string
}

type Shape = typeof GovernanceModelFields.Type

const duplicates = <A>(
  items: ReadonlyArray<A>,
  id: (a: A) => string,
  collection: string,
  what: string,
): Array<ModelProblem> => {
  const seen = new Set<string>()
  const problems: Array<ModelProblem> = []
  items.forEach((item, index) => {
    const key = id(item)
    if (seen.has(key)) problems.push({ path: [collection, index, "id"], message: `duplicate ${what} id '${key}'` })
    seen.add(key)
  })
  return problems
}

const overlaps = (a: Membership, b: Membership): boolean =>
  a.from <= (b.to ?? "9999-12-31") && b.from <= (a.to ?? "9999-12-31")

/**
 * Every problem of a model whose shape decoded: references that do not resolve, expert groups
 * without a trekker, overlapping memberships, reversed dates, a programme without a bestuurlijk
 * body, with more than one bestuurlijk body without an area, or without exactly one besturing body, themes and areas that do not resolve (see
 * {@link themeProblems}, {@link areaProblems}), and forces for unknown rules or weakening an invariant.
 * @category governance
 */
export const modelProblems = (model: Shape): ReadonlyArray<ModelProblem> => {
  const problems: Array<ModelProblem> = [
    ...duplicates(model.organisations, (o) => o.id, "organisations", "organisation"),
    ...duplicates(model.persons, (p) => p.id, "persons", "person"),
    ...duplicates(model.bodies, (b) => b.id, "bodies", "body"),
    ...duplicates(model.routes, (r) => r.item, "routes", "route item"),
  ]
  const organisations = new Map(model.organisations.map((o) => [o.id as string, o]))
  const persons = new Set<string>(model.persons.map((p) => p.id))
  const bodies = new Map(model.bodies.map((b) => [b.id as string, b]))

  model.persons.forEach((person, index) => {
    if (!organisations.has(person.organisation)) {
      problems.push({
        path: ["persons", index, "organisation"],
        message: `organisation '${person.organisation}' does not exist`,
      })
    }
  })
  model.memberships.forEach((membership, index) => {
    if (!persons.has(membership.person)) {
      problems.push({ path: ["memberships", index, "person"], message: `person '${membership.person}' does not exist` })
    }
    if (!bodies.has(membership.body)) {
      problems.push({ path: ["memberships", index, "body"], message: `body '${membership.body}' does not exist` })
    }
    if (membership.to !== undefined && membership.to < membership.from) {
      problems.push({
        path: ["memberships", index, "to"],
        message: `membership ends (${membership.to}) before it starts (${membership.from})`,
      })
    }
    model.memberships.slice(0, index).forEach((earlier, earlierIndex) => {
      if (
        earlier.person === membership.person &&
        earlier.body === membership.body &&
        earlier.role === membership.role &&
        overlaps(earlier, membership)
      ) {
        problems.push({
          path: ["memberships", index],
          message: `person '${membership.person}' holds role '${membership.role}' in body '${membership.body}' twice at once (overlaps memberships[${earlierIndex}])`,
        })
      }
    })
  })
  model.bodies.forEach((body, index) => {
    if (body.level === "beleid" && body.theme === undefined) {
      problems.push({ path: ["bodies", index, "theme"], message: `expert group '${body.id}' has no theme` })
    }
    if (
      (body.level === "beleid" || body.theme !== undefined) &&
      !model.memberships.some((m) => m.body === body.id && m.role === "trekker")
    ) {
      problems.push({ path: ["bodies", index], message: `expert group '${body.id}' has no trekker` })
    }
  })
  const bestuurlijk = model.bodies.filter((b) => b.level === "bestuurlijk")
  if (bestuurlijk.length === 0) {
    problems.push({ path: ["bodies"], message: "a programme needs at least one bestuurlijk body, found 0" })
  }
  const programmeWide = bestuurlijk.filter((b) => b.area === undefined).length
  if (programmeWide > 1) {
    problems.push({
      path: ["bodies"],
      message: `a programme has at most one bestuurlijk body without an area (deciding for all of it), found ${programmeWide}`,
    })
  }
  const besturing = model.bodies.filter((b) => b.level === "besturing").length
  if (besturing !== 1) {
    problems.push({ path: ["bodies"], message: `a programme needs exactly one besturing body, found ${besturing}` })
  }
  model.routes.forEach((route, index) => {
    const drafters = draftersOf(route.drafter)
    drafters.forEach((drafter, drafterIndex) => {
      if ("body" in drafter && !bodies.has(drafter.body)) {
        problems.push({
          path: Array.isArray(route.drafter)
            ? ["routes", index, "drafter", drafterIndex, "body"]
            : ["routes", index, "drafter", "body"],
          message: `body '${drafter.body}' does not exist`,
        })
      }
    })
    route.steps.forEach((step, stepIndex) => {
      if (!bodies.has(step.body)) {
        problems.push({
          path: ["routes", index, "steps", stepIndex, "body"],
          message: `body '${step.body}' does not exist`,
        })
      }
    })
  })
  model.entitlements.forEach((entitlement, index) => {
    const holders = [entitlement.organisation, entitlement.person].filter((h) => h !== undefined)
    if (holders.length !== 1) {
      problems.push({
        path: ["entitlements", index],
        message: "an entitlement names exactly one holder: an organisation or a person",
      })
    }
    if (entitlement.organisation !== undefined && !organisations.has(entitlement.organisation)) {
      problems.push({
        path: ["entitlements", index, "organisation"],
        message: `organisation '${entitlement.organisation}' does not exist`,
      })
    }
    if (entitlement.person !== undefined && !persons.has(entitlement.person)) {
      problems.push({
        path: ["entitlements", index, "person"],
        message: `person '${entitlement.person}' does not exist`,
      })
    }
    if (entitlement.products !== undefined && (entitlement.kind !== undefined || entitlement.scope !== undefined)) {
      problems.push({
        path: ["entitlements", index, "products"],
        message: "an entitlement covers either products by id or a kind and scope, not both",
      })
    }
    if (entitlement.scope?.kind === "gemeente" && !organisations.has(entitlement.scope.municipality)) {
      problems.push({
        path: ["entitlements", index, "scope", "municipality"],
        message: `organisation '${entitlement.scope.municipality}' does not exist`,
      })
    }
    if (entitlement.to !== undefined && entitlement.to < entitlement.from) {
      problems.push({
        path: ["entitlements", index, "to"],
        message: `entitlement ends (${entitlement.to}) before it starts (${entitlement.from})`,
      })
    }
  })
  problems.push(
    ...themeProblems(model),
    ...areaProblems(model),
    ...substitutionProblems(model),
    ...liaisonProblems(model),
  )
  problems.push(...forceProblems(model.forces))
  return problems
}
