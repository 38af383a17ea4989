import type { CalendarDate } from "../kernel/CalendarDate.js"
import type { BudgetLine } from "../routes/Budget.js"
import { type EvidenceLevel, evidenceLadder, meetsEvidence } from "./EvidenceLevel.js"
import type { DecisionReference, Documentation, Evaluation, PilotDesignation, PracticeDescription } from "./Practice.js"
import type { PracticeStatus } from "./PracticeStatus.js"
import type { NetworkMeasure } from "./NetworkAgreement.js"
import type { PilotAccord } from "./PilotAccord.js"
import type { PracticeLink } from "./PracticeLink.js"

/** The programme a handed-over practice came from, and the package that brought it. @category practices */
export interface ImportSource {
  readonly programme: string
  readonly district: string
  readonly packageDigest: string
}

/** A new version of a practice the network took over: its number, who made it, when and why. @category practices */
export interface PracticeRevision {
  readonly version: number
  readonly revisedBy: string
  readonly at: string
  readonly reason: string
  /** The fields it changed: `title`, `description`, `intendedEffects`, `documentation`. */
  readonly changed: ReadonlyArray<string>
}

/** A Best Practice in the catalogue, with its dossier. @category practices */
export interface Practice {
  readonly exists: true
  readonly practiceId: string
  readonly description: PracticeDescription
  readonly status: PracticeStatus
  readonly documentation: Documentation | undefined
  readonly evaluations: ReadonlyArray<Evaluation>
  readonly pilotMunicipalities: ReadonlyArray<PilotDesignation>
  /** The dates the pilot and the execution started, once they did. */
  readonly pilotStartedOn: CalendarDate | undefined
  readonly executionStartedOn: CalendarDate | undefined
  /** While `voorgesteld`: the proposal and the status to return to when it leaves the route. */
  readonly proposal: { readonly itemId: string; readonly previousStatus: PracticeStatus } | undefined
  /** The DVO's accord of the proposal that contained it, and that proposal's budget. */
  readonly accord: DecisionReference | undefined
  readonly budget: ReadonlyArray<BudgetLine>
  /** The Stuurgroep's decision to hand it over. */
  readonly handover: DecisionReference | undefined
  /** The network's agreement (the RVO) that made it `vastgesteld_netwerk`. */
  readonly agreement: DecisionReference | undefined
  readonly importedFrom: ImportSource | undefined
  /** For a measure of the network track: the network's agreement and the DVO's note of it. */
  readonly network: NetworkMeasure | undefined
  /** Why it was rejected or stopped. */
  readonly closingReason: string | undefined
  /** The network's new versions of a practice it took over (absent or empty: version 1). */
  readonly revisions?: ReadonlyArray<PracticeRevision>
  /** The DVO's accord of a pilot proposal that contained it, if any. */
  readonly pilotAccord?: PilotAccord | undefined
  /** The practices of other themes (or its own) it is linked to, for coherence (samenhang). */
  readonly related?: ReadonlyArray<PracticeLink> | undefined
}

/** The state of a practice's stream: nothing yet, or the practice. @category practices */
export type PracticeState = { readonly exists: false } | Practice

/** The state of a stream without events. @category practices */
export const noPractice: PracticeState = { exists: false }

/** The highest evidence level among evaluations, if any. @category practices */
export const highestEvidence = (evaluations: ReadonlyArray<Evaluation>): EvidenceLevel | undefined =>
  evaluations.reduce<EvidenceLevel | undefined>(
    (best, e) =>
      best === undefined || evidenceLadder.indexOf(e.evidenceLevel) > evidenceLadder.indexOf(best)
        ? e.evidenceLevel
        : best,
    undefined,
  )

/** Whether an evaluation of the practice reaches `minimum`. @category practices */
export const evidenceMeets = (evaluations: ReadonlyArray<Evaluation>, minimum: EvidenceLevel): boolean =>
  evaluations.some((e) => meetsEvidence(e.evidenceLevel, minimum))
