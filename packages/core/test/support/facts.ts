import type { Kernel } from "@weerbaar/core"

/** The facts of the one violation of `code` in a refusal, for a rule of any part of the rule book. */
export const factsOfRule = (refusal: Kernel.Refused, code: string): { readonly [key: string]: Kernel.FactValue } => {
  const found = refusal.violations.filter((v) => v.code === code)
  if (found.length !== 1) throw new Error(`expected one violation of ${code} in:\n${refusal.explain("en")}`)
  return found[0]!.facts
}
