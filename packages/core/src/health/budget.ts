import type { GovernanceModel } from "../governance/GovernanceModel.js"
import { budgetTotal, programmeFunded } from "../routes/Budget.js"
import type { AccordedMeasure } from "./AccordedMeasure.js"
import { healthChecks as C } from "./healthChecks.js"
import { conditionOf, finding, type HealthCondition, type HealthSignal } from "./HealthSignal.js"
import type { Spending } from "./spending.js"

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase()

/**
 * Budget (randvoorwaarde 3): available, accorded from the programme budget (a partner's own
 * contribution and hours in kind do not draw on it) and spent, and whether accorded budget (any funding) exists
 * for research into the programme's effects and for support of execution (platform,
 * communication).
 * @category health
 */
export const budgetHealth = (
  model: GovernanceModel,
  measures: ReadonlyArray<AccordedMeasure>,
  spending: ReadonlyMap<string, Spending>,
): HealthCondition => {
  const settings = model.settings.health
  const available = model.programme.availableBudget
  const lines = measures.flatMap((m) => m.budget)
  const accorded = programmeFunded(lines)
  const spent = [...spending.values()].flatMap((s) => [...s.values()]).reduce((sum, n) => sum + n, 0)
  const percentAccorded = available === 0 ? 100 : Math.round((accorded * 100) / available)
  const position: HealthSignal =
    accorded >= available ? "red" : percentAccorded >= settings.budgetAmberPercent ? "amber" : "green"
  const research = budgetTotal(lines.filter((l) => same(l.category, settings.researchCategory)))
  const support = budgetTotal(lines.filter((l) => settings.supportCategories.some((c) => same(l.category, c))))
  return conditionOf("budget", [
    finding(C.budgetPosition, position, { available, accorded, spent, percentAccorded }),
    finding(C.researchBudget, research > 0 ? "green" : "amber", {
      category: settings.researchCategory,
      accorded: research,
    }),
    finding(C.supportBudget, support > 0 ? "green" : "amber", {
      categories: settings.supportCategories,
      accorded: support,
    }),
  ])
}
