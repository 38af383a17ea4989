import { Option } from "effect"
import type { Body } from "../governance/Body.js"
import { bodiesOfLevel, expertGroupOf, type GovernanceView } from "../governance/queries.js"
import type { Theme } from "../governance/Theme.js"

/**
 * The expert group that develops the practices of a theme: the expert group of that theme, or,
 * in a model with a single expert group for every theme (VNON's Expertgroep Ondermijning), that one.
 * @category practices
 */
export const practiceGroupOf = (model: GovernanceView, theme: Theme): Option.Option<Body> => {
  const own = expertGroupOf(model, theme)
  if (Option.isSome(own)) return own
  const groups = bodiesOfLevel(model, "beleid")
  return groups.length === 1 ? Option.some(groups[0]!) : Option.none()
}
