import { Either, Schema, Struct } from "effect"
import { Timestamp } from "../kernel/CalendarDate.js"
import { decidedEvent } from "../internal/decidedEvent.js"
import type { Decision } from "../kernel/Decider.js"
import { judge } from "../kernel/judge.js"
import { type Refused, violation } from "../kernel/Refusal.js"
import type { GovernanceModel } from "../governance/GovernanceModel.js"
import { Budget } from "../routes/Budget.js"
import { DecisionReference, PracticeId } from "./Practice.js"
import {
  PracticeAccorded,
  PracticeEstablished,
  type PracticeEvent,
  PracticeHandedOver,
  PracticeImported,
  PracticeProposalClosed,
  PracticeProposed,
  PracticeStopped,
} from "./practiceEvents.js"
import { practiceRules as P } from "./practiceRules.js"
import type { PracticeState } from "./PracticeState.js"
import { handoverReadyStatuses, proposableStatuses } from "./PracticeStatus.js"
import { type AccordPilot, pilotAccordEvents, revokesPilot } from "./pilotAccordReaction.js"
import { type MirrorPracticeLink, mirroredLinkEvents } from "./practiceLinkDecision.js"

// The commands the practice policy and the handover import policy react with. They are not
// commands a person sends: `Practices.execute` takes `PracticeCommand` only.

/** A submitted beleidsvoorstel lists the practice. @category practices */
export class ProposePractice extends Schema.TaggedClass<ProposePractice>()("ProposePractice", {
  practiceId: PracticeId,
  itemId: Schema.String,
  version: Schema.Int,
  at: Timestamp,
}) {}

/** The beleidsvoorstel that proposed the practice left its route without an accord, or dropped it. @category practices */
export class ClosePracticeProposal extends Schema.TaggedClass<ClosePracticeProposal>()("ClosePracticeProposal", {
  practiceId: PracticeId,
  itemId: Schema.String,
  reason: Schema.Literal("withdrawn", "rejected", "removed"),
  at: Timestamp,
}) {}

/** The bestuurlijk body accorded the beleidsvoorstel that proposed the practice. @category practices */
export class AccordPractice extends Schema.TaggedClass<AccordPractice>()("AccordPractice", {
  practiceId: PracticeId,
  accord: DecisionReference,
  budget: Budget,
  at: Timestamp,
}) {}

/** A decision on a beleidsvoorstel was revoked. @category practices */
export class StopPracticeOnRevocation extends Schema.TaggedClass<StopPracticeOnRevocation>()(
  "StopPracticeOnRevocation",
  { practiceId: PracticeId, revokes: Schema.String, rationale: Schema.String, stoppedBy: Schema.String, at: Timestamp },
) {}

/** An overdracht listing the practice was finally approved; `bestuurlijk` when the bestuurlijk body decided. @category practices */
export class RecordHandoverDecision extends Schema.TaggedClass<RecordHandoverDecision>()("RecordHandoverDecision", {
  practiceId: PracticeId,
  decision: DecisionReference,
  bestuurlijk: Schema.Boolean,
  at: Timestamp,
}) {}

/** A verified handover package brings the practice, with its dossier, into the network's store. @category practices */
export class ImportPractice extends Schema.TaggedClass<ImportPractice>()("ImportPractice", {
  dossier: Schema.Struct(Struct.omit(PracticeImported.fields, "_tag")),
}) {}

/** Every command a policy reacts with on a practice. @category practices */
export type PracticeReaction =
  | ProposePractice
  | ClosePracticeProposal
  | AccordPractice
  | StopPracticeOnRevocation
  | RecordHandoverDecision
  | ImportPractice
  | AccordPilot
  | MirrorPracticeLink

const reactionTags: ReadonlySet<string> = new Set([
  "AccordPilot",
  "MirrorPracticeLink",
  "ProposePractice",
  "ClosePracticeProposal",
  "AccordPractice",
  "StopPracticeOnRevocation",
  "RecordHandoverDecision",
  "ImportPractice",
])

/** Whether a command on a practice is a policy's reaction. @category practices */
export const isPracticeReaction = (command: { readonly _tag: string }): command is PracticeReaction =>
  reactionTags.has(command._tag)

const proposedHere = (state: PracticeState, itemId: string): boolean =>
  state.exists && state.status === "voorgesteld" && state.proposal?.itemId === itemId

const emit = (events: ReadonlyArray<PracticeEvent>): Either.Either<Decision<PracticeEvent>, Refused> =>
  Either.right({ events, signals: [] })

const none = emit([])

/**
 * How a practice follows its proposals and handovers: a proposed practice is `voorgesteld` (a
 * practice that may not be proposed refuses the submission); only the accord of the proposal that
 * proposed it makes it `geaccordeerd`; a proposal leaving its route returns it; a revoked accord
 * stops it; the final approval of an overdracht hands an evaluated practice over, and the
 * bestuurlijk body's agreement in the network establishes a handed-over one. A reaction that does
 * not apply to the practice's state changes nothing.
 * @category practices
 */
export const decidePracticeReaction = (
  command: PracticeReaction,
  state: PracticeState,
  model: GovernanceModel,
): Either.Either<Decision<PracticeEvent>, Refused> => {
  if (command._tag === "ImportPractice") {
    const { dossier } = command
    return judge(
      command._tag,
      state.exists ? [violation(P.exists, { practice: dossier.practiceId })] : [],
      model,
      () => [new PracticeImported(dossier, decidedEvent)],
    )
  }
  if (!state.exists) return none
  const { practiceId } = command
  switch (command._tag) {
    case "ProposePractice":
      if (proposedHere(state, command.itemId)) return none
      return judge(
        command._tag,
        proposableStatuses.includes(state.status)
          ? []
          : [violation(P.notProposable, { practice: practiceId, status: state.status, item: command.itemId })],
        model,
        () => [
          new PracticeProposed(
            {
              practiceId,
              itemId: command.itemId,
              version: command.version,
              previousStatus: state.status,
              at: command.at,
            },
            decidedEvent,
          ),
        ],
      )
    case "ClosePracticeProposal":
      return proposedHere(state, command.itemId)
        ? emit([
            new PracticeProposalClosed(
              {
                practiceId,
                itemId: command.itemId,
                reason: command.reason,
                restoredStatus: state.proposal?.previousStatus ?? state.status,
                at: command.at,
              },
              decidedEvent,
            ),
          ])
        : none
    case "AccordPractice":
      return proposedHere(state, command.accord.itemId)
        ? emit([
            new PracticeAccorded(
              { practiceId, accord: command.accord, budget: command.budget, at: command.at },
              decidedEvent,
            ),
          ])
        : none
    case "AccordPilot":
      return emit(pilotAccordEvents(command, state))
    case "MirrorPracticeLink":
      return emit(mirroredLinkEvents(command, state))
    case "StopPracticeOnRevocation":
      return (state.accord?.decisionId === command.revokes &&
        ["geaccordeerd", "in_uitvoering", "geevalueerd"].includes(state.status)) ||
        revokesPilot(state, command.revokes)
        ? emit([
            new PracticeStopped(
              {
                practiceId,
                reason: `accord ${command.revokes} ingetrokken: ${command.rationale}`,
                stoppedBy: command.stoppedBy,
                revokedDecision: command.revokes,
                at: command.at,
              },
              decidedEvent,
            ),
          ])
        : none
    case "RecordHandoverDecision":
      if (handoverReadyStatuses.includes(state.status)) {
        return emit([new PracticeHandedOver({ practiceId, handover: command.decision, at: command.at }, decidedEvent)])
      }
      return state.status === "overgedragen" && state.handover !== undefined && command.bestuurlijk
        ? emit([new PracticeEstablished({ practiceId, agreement: command.decision, at: command.at }, decidedEvent)])
        : none
  }
}
