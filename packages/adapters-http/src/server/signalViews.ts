import type { Kernel, Programme } from "@weerbaar/core"
import { HistorieRegel, RegelSignaal, Stuk } from "../api/resources.js"
import { checkedElsewhere } from "./checkedElsewhere.js"

/** A signal a command carried, as its answer shows it. @category representations */
export const toSignaal = (signal: Kernel.RuleViolation): RegelSignaal =>
  new RegelSignaal({ code: signal.code, explanation: signal.explanation, facts: signal.facts }, checkedElsewhere)

/** The item a command left, with the signals it carried; unchanged when there are none. @category representations */
export const withSignals = (stuk: Stuk, signals: ReadonlyArray<Kernel.RuleViolation>): Stuk =>
  signals.length === 0 ? stuk : new Stuk({ ...stuk, signalen: signals.map(toSignaal) }, checkedElsewhere)

/**
 * The item's history with each signal on the entry of its act. Every event of an item's stream is
 * one entry, in order, so the entry in place `version` (from 1) is the act a signal names.
 * @category representations
 */
export const withHistorySignals = (
  regels: ReadonlyArray<HistorieRegel>,
  signals: ReadonlyArray<Programme.SignalRow>,
): ReadonlyArray<HistorieRegel> =>
  regels.map((regel, index) => {
    const own = signals.filter((s) => s.version === index + 1)
    if (own.length === 0) return regel
    const signalen = own.map(
      (s) =>
        new RegelSignaal({ code: s.code, explanation: { nl: s.explanationNl, en: s.explanationEn } }, checkedElsewhere),
    )
    return new HistorieRegel({ ...regel, signalen }, checkedElsewhere)
  })
