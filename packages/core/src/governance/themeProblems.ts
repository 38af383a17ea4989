import type { GovernanceModelFields } from "./GovernanceModel.js"
import type { ModelProblem } from "./validateModel.js"

/**
 * The problems of a model's themes: a theme defined twice, and a body whose theme the model does
 * not define (each with its path).
 * @category governance
 */
export const themeProblems = (
  model: Pick<typeof GovernanceModelFields.Type, "themes" | "bodies">,
): ReadonlyArray<ModelProblem> => {
  const problems: Array<ModelProblem> = []
  const seen = new Set<string>()
  model.themes.forEach((theme, index) => {
    if (seen.has(theme.id))
      problems.push({ path: ["themes", index, "id"], message: `duplicate theme id '${theme.id}'` })
    seen.add(theme.id)
  })
  model.bodies.forEach((body, index) => {
    if (body.theme !== undefined && !seen.has(body.theme)) {
      problems.push({
        path: ["bodies", index, "theme"],
        message: `theme '${body.theme}' is not one of the model's themes (${[...seen].join(", ") || "none"})`,
      })
    }
  })
  return problems
}
