import type { GovernanceModelFields } from "./GovernanceModel.js"
import type { ModelProblem } from "./validateModel.js"

/**
 * The problems of a model's substitutions: a member or substitute who is not one of the model's
 * persons, a person substituting for themselves, a member who never sits in the body, and a period
 * that ends before it starts (each with its path).
 * @category governance
 */
export const substitutionProblems = (
  model: Pick<typeof GovernanceModelFields.Type, "bodies" | "persons" | "memberships">,
): ReadonlyArray<ModelProblem> => {
  const persons = new Set<string>(model.persons.map((p) => p.id))
  const problems: Array<ModelProblem> = []
  model.bodies.forEach((body, b) => {
    for (const [s, substitution] of (body.substitutes ?? []).entries()) {
      const path = ["bodies", b, "substitutes", s]
      for (const field of ["member", "substitute"] as const) {
        if (!persons.has(substitution[field])) {
          problems.push({ path: [...path, field], message: `unknown person '${substitution[field]}'` })
        }
      }
      if (substitution.member === substitution.substitute) {
        problems.push({ path, message: `'${substitution.member}' cannot substitute for themselves` })
      }
      if (!model.memberships.some((m) => m.body === body.id && m.person === substitution.member)) {
        problems.push({
          path: [...path, "member"],
          message: `'${substitution.member}' is never a member of '${body.id}'`,
        })
      }
      if (substitution.from !== undefined && substitution.to !== undefined && substitution.to < substitution.from) {
        problems.push({
          path: [...path, "to"],
          message: `ends (${substitution.to}) before it starts (${substitution.from})`,
        })
      }
    }
  })
  return problems
}
