import type { ModelProblem } from "./validateModel.js"
import type { RuleForces } from "./RuleForce.js"
import { ruleOfCode } from "./ruleBook.js"

/**
 * The problems of a model's forces: a code no rule of the rule book has (`model.unknown-rule`),
 * and a force weaker than `weigeren` for an invariant (`model.invariant-weakened`), which no model
 * may soften.
 * @category governance
 */
export const forceProblems = (forces: RuleForces | undefined): ReadonlyArray<ModelProblem> =>
  Object.entries(forces ?? {}).flatMap(([code, force]): ReadonlyArray<ModelProblem> => {
    const rule = ruleOfCode(code)
    if (rule === undefined) {
      return [
        { path: ["forces", code], message: `model.unknown-rule: no rule of the rule book has the code '${code}'` },
      ]
    }
    if (rule.invariant === true && force !== "weigeren") {
      return [
        {
          path: ["forces", code],
          message: `model.invariant-weakened: '${code}' is an invariant and always refuses, not '${force}'`,
        },
      ]
    }
    return []
  })
