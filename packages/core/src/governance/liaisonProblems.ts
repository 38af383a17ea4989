import type { GovernanceModelFields } from "./GovernanceModel.js"
import { isActiveOn } from "./Membership.js"
import type { ModelProblem } from "./validateModel.js"

const chairRoles: ReadonlyArray<string> = ["voorzitter", "trekker"]

/**
 * The problems of a model's liaisons: unknown bodies or persons, a liaison of a body with itself, a
 * period that ends before it starts, a member who does not belong to the body on the liaison's
 * first day, and a counterpart who does not chair (voorzitter or trekker) the other body then.
 * @category governance
 */
export const liaisonProblems = (
  model: Pick<typeof GovernanceModelFields.Type, "bodies" | "persons" | "memberships" | "liaisons">,
): ReadonlyArray<ModelProblem> => {
  const persons = new Set<string>(model.persons.map((p) => p.id))
  const bodies = new Set<string>(model.bodies.map((b) => b.id))
  const problems: Array<ModelProblem> = []
  const seen = new Set<string>()
  for (const [index, liaison] of (model.liaisons ?? []).entries()) {
    const path = ["liaisons", index]
    if (seen.has(liaison.id)) problems.push({ path: [...path, "id"], message: `duplicate liaison id '${liaison.id}'` })
    seen.add(liaison.id)
    for (const field of ["body", "counterpartBody"] as const) {
      if (!bodies.has(liaison[field]))
        problems.push({ path: [...path, field], message: `unknown body '${liaison[field]}'` })
    }
    if (liaison.body === liaison.counterpartBody) {
      problems.push({ path: [...path, "counterpartBody"], message: "a liaison connects two different bodies" })
    }
    if (liaison.to !== undefined && liaison.to < liaison.from) {
      problems.push({ path: [...path, "to"], message: `ends (${liaison.to}) before it starts (${liaison.from})` })
    }
    const seated = (person: string, body: string, roles?: ReadonlyArray<string>) =>
      model.memberships.some(
        (m) =>
          m.person === person &&
          m.body === body &&
          isActiveOn(m, liaison.from) &&
          (roles === undefined || roles.includes(m.role)),
      )
    liaison.members.forEach((member, m) => {
      if (!persons.has(member)) {
        problems.push({ path: [...path, "members", m], message: `unknown person '${member}'` })
      } else if (!seated(member, liaison.body)) {
        problems.push({
          path: [...path, "members", m],
          message: `'${member}' is not a member of '${liaison.body}' on ${liaison.from}`,
        })
      }
    })
    if (!persons.has(liaison.counterpart)) {
      problems.push({ path: [...path, "counterpart"], message: `unknown person '${liaison.counterpart}'` })
    } else if (!seated(liaison.counterpart, liaison.counterpartBody, chairRoles)) {
      problems.push({
        path: [...path, "counterpart"],
        message: `'${liaison.counterpart}' does not chair '${liaison.counterpartBody}' on ${liaison.from}`,
      })
    }
  }
  return problems
}
