import { canonicalJson } from "../kernel/canonicalJson.js"
import type { Timestamp } from "../kernel/CalendarDate.js"
import { type RuleViolation, violation } from "../kernel/Refusal.js"
import { withChanges } from "../kernel/withChanges.js"
import type { RevisePractice } from "./practiceCommands.js"
import { PracticeRevised } from "./practiceEvents.js"
import type { ImportSource, Practice, PracticeRevision } from "./PracticeState.js"
import type { PracticeStatus } from "./PracticeStatus.js"
import { networkExecutionOnce } from "./rules/networkExecutionOnce.js"
import { revisionChangesSomething } from "./rules/revisionChangesSomething.js"
import { revisionOfImportedOnly } from "./rules/revisionOfImportedOnly.js"
import { decidedEvent } from "../internal/decidedEvent.js"

/** The statuses of a practice the network took over: handed over as concept, or agreed by the RVO. @category practices */
export const networkStatuses: ReadonlyArray<PracticeStatus> = ["overgedragen", "vastgesteld_netwerk"]

/** Whether the practice came from a handover package and is in the network's hands. @category practices */
export const keepsNetworkStatus = (practice: Practice): boolean =>
  practice.importedFrom !== undefined && networkStatuses.includes(practice.status)

/** The statuses in which `action` is allowed, widened with the network's for a practice it took over. @category practices */
export const withNetworkStatuses = (
  practice: Practice,
  allowed: ReadonlyArray<PracticeStatus>,
): ReadonlyArray<PracticeStatus> => (practice.importedFrom === undefined ? allowed : [...allowed, ...networkStatuses])

/** The version of a practice's text: 1 as handed over (or registered), then one more per revision. @category practices */
export const practiceVersion = (practice: Practice): number => 1 + (practice.revisions?.length ?? 0)

const changedFields = (command: RevisePractice, practice: Practice): ReadonlyArray<string> => {
  const differs = (a: unknown, b: unknown) => a !== undefined && canonicalJson(a) !== canonicalJson(b)
  return [
    ...(differs(command.title, practice.description.title) ? ["title"] : []),
    ...(differs(command.description, practice.description.description) ? ["description"] : []),
    ...(differs(command.intendedEffects, practice.description.intendedEffects) ? ["intendedEffects"] : []),
    ...(differs(command.documentation, practice.documentation) ? ["documentation"] : []),
  ]
}

/**
 * The rules of a revision beside membership and status: the practice came from a handover package,
 * and the revision changes something.
 * @category practices
 */
export const revisionViolations = (command: RevisePractice, practice: Practice): ReadonlyArray<RuleViolation> => [
  ...(practice.importedFrom === undefined
    ? [violation(revisionOfImportedOnly, { practice: practice.practiceId })]
    : []),
  ...(changedFields(command, practice).length === 0
    ? [violation(revisionChangesSomething, { practice: practice.practiceId, version: practiceVersion(practice) })]
    : []),
]

/** A second start of the network's execution of a practice it took over. @category practices */
export const networkExecutionViolations = (practice: Practice): ReadonlyArray<RuleViolation> =>
  keepsNetworkStatus(practice) && practice.executionStartedOn !== undefined
    ? [violation(networkExecutionOnce, { practice: practice.practiceId, startedOn: practice.executionStartedOn })]
    : []

/** The event of a revision: only the fields that changed, with the next version number. @category practices */
export const revisedEvent = (command: RevisePractice, practice: Practice, by: string, at: Timestamp) => {
  const changed = new Set(changedFields(command, practice))
  return new PracticeRevised(
    {
      practiceId: command.practiceId,
      version: practiceVersion(practice) + 1,
      ...(changed.has("title") ? { title: command.title } : {}),
      ...(changed.has("description") ? { description: command.description } : {}),
      ...(changed.has("intendedEffects") ? { intendedEffects: command.intendedEffects } : {}),
      ...(changed.has("documentation") ? { documentation: command.documentation } : {}),
      reason: command.reason,
      revisedBy: by,
      at,
    },
    decidedEvent,
  )
}

/** Folds a revision into the practice. @category practices */
export const revised = (practice: Practice, event: PracticeRevised): Practice => {
  const changed = (["title", "description", "intendedEffects", "documentation"] as const).filter(
    (k) => event[k] !== undefined,
  )
  const revision: PracticeRevision = {
    version: event.version,
    revisedBy: event.revisedBy,
    at: event.at,
    reason: event.reason,
    changed,
  }
  return withChanges(practice, {
    description: withChanges(practice.description, {
      title: event.title ?? practice.description.title,
      description: event.description ?? practice.description.description,
      intendedEffects: event.intendedEffects ?? practice.description.intendedEffects,
    }),
    documentation: event.documentation ?? practice.documentation,
    revisions: [...(practice.revisions ?? []), revision],
  })
}

/** One version in a practice's lineage. @category practices */
export interface LineageVersion {
  readonly version: number
  /** Who made it: the body that handed it over for version 1, else the person who revised it. */
  readonly by: string
  /** When: the handover decision's meeting date for version 1, else the revision's timestamp. */
  readonly on: string
  readonly reason: string
  readonly changed: ReadonlyArray<string>
}

/** Where a practice the network took over came from, and its versions since. @category practices */
export interface PracticeLineage {
  readonly from: ImportSource
  readonly handoverDecision: string | undefined
  readonly currentVersion: number
  readonly versions: ReadonlyArray<LineageVersion>
}

/**
 * The lineage of a practice the network took over: the programme and package it came from, the
 * handed-over version 1 and every revision with who, when and why; `undefined` for the programme's
 * own practices.
 * @category practices
 */
export const practiceLineage = (practice: Practice): PracticeLineage | undefined => {
  if (practice.importedFrom === undefined) return undefined
  const handedOver: LineageVersion = {
    version: 1,
    by: practice.handover?.bodyName ?? practice.importedFrom.programme,
    on: practice.handover?.meetingDate ?? "",
    reason: `overgedragen door ${practice.importedFrom.programme} (${practice.importedFrom.district})`,
    changed: [],
  }
  return {
    from: practice.importedFrom,
    handoverDecision: practice.handover?.decisionId,
    currentVersion: practiceVersion(practice),
    versions: [
      handedOver,
      ...(practice.revisions ?? []).map((r) => ({
        version: r.version,
        by: r.revisedBy,
        on: r.at,
        reason: r.reason,
        changed: r.changed,
      })),
    ],
  }
}
