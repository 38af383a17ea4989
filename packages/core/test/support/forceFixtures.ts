import type { Governance, Kernel } from "@weerbaar/core"
import { model } from "./practiceFixtures.js"

/** The forces a rule can have. */
export const forces = ["weigeren", "signaleren", "uit"] as const

/** The preset with the rule `code` at `force` (the preset's other forces as they are). */
export const presetWith = (
  code: string,
  force: Governance.RuleForce,
  m: Governance.GovernanceModel = model,
): Governance.GovernanceModel => ({ ...m, forces: { ...m.forces, [code]: force } })

/** The reasons on the signals of a decision, in order. */
export const reasonsOf = (decision: Kernel.Decision<unknown>): ReadonlyArray<string | undefined> =>
  decision.signals.map((s) => s.reason)
