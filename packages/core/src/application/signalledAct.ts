/**
 * What a signal says of the act it was stored with, beside its stream: the item and the decision,
 * the municipality and the measure (practice), the body that acted, and the actor's reason — each
 * only where the act has it.
 * @category signals
 */
export type SignalledAct = {
  readonly itemId?: string
  readonly decisionId?: string
  readonly municipality?: string
  readonly practiceId?: string
  readonly body?: string
  readonly reason?: string
}

const text = (value: unknown): string | undefined => (typeof value === "string" && value !== "" ? value : undefined)

/**
 * The {@link SignalledAct} of a command, from the fields commands name so: `itemId`, `decisionId`,
 * `municipality`, `practiceId`, `body` (or a milestone's `ownerBody`) and `reason`.
 * @category signals
 */
export const signalledActOf = (command: unknown): SignalledAct => {
  if (typeof command !== "object" || command === null) return {}
  const fields = command as { readonly [field: string]: unknown }
  const picked: { [K in keyof SignalledAct]: string | undefined } = {
    itemId: text(fields.itemId),
    decisionId: text(fields.decisionId),
    municipality: text(fields.municipality),
    practiceId: text(fields.practiceId),
    body: text(fields.body) ?? text(fields.ownerBody),
    reason: text(fields.reason),
  }
  return Object.fromEntries(Object.entries(picked).filter(([, value]) => value !== undefined)) as SignalledAct
}
