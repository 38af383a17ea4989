import type { Kernel, Programme } from "@weerbaar/core"
import { Besluit } from "../api/besluitResources.js"
import { HistorieRegel, RegelSignaal } from "../api/resources.js"
import { checkedElsewhere } from "./checkedElsewhere.js"

/** A signal a command carried, as its answer shows it. @category representations */
export const toSignaal = (signal: Kernel.RuleViolation): RegelSignaal =>
  new RegelSignaal({ code: signal.code, explanation: signal.explanation, facts: signal.facts }, checkedElsewhere)

/** A signal of the signal-register, as a history entry or a decision shows it: without its facts. @category representations */
export const toStoredSignaal = (row: Programme.SignalRow): RegelSignaal =>
  new RegelSignaal({ code: row.code, explanation: { nl: row.explanationNl, en: row.explanationEn } }, checkedElsewhere)

/** A decision with the signals its act carried; unchanged when there are none. @category representations */
export const withDecisionSignals = (besluit: Besluit, signals: ReadonlyArray<Programme.SignalRow> = []): Besluit =>
  signals.length === 0 ? besluit : new Besluit({ ...besluit, signalen: signals.map(toStoredSignaal) }, checkedElsewhere)

/** A resource of the API that has the optional `signalen` of a command's answer. */
type Signalled = { readonly signalen?: ReadonlyArray<RegelSignaal> | undefined }

/**
 * The resource a command left (an item, a track, a Best Practice, a milestone, an information
 * product, a handover import), with the signals the command carried; unchanged when there are none.
 * @category representations
 */
export const withSignals = <A extends Signalled>(answer: A, signals: ReadonlyArray<Kernel.RuleViolation>): A => {
  if (signals.length === 0) return answer
  // Every answer is an instance of its resource's schema class: made again with its signals.
  const Resource = answer.constructor as new (fields: A, options: typeof checkedElsewhere) => A
  return new Resource({ ...answer, signalen: signals.map(toSignaal) }, checkedElsewhere)
}

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
    return new HistorieRegel({ ...regel, signalen: own.map(toStoredSignaal) }, checkedElsewhere)
  })
