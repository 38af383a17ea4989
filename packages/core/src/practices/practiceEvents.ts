import { Schema } from "effect"
import { RecordedDecisionFields } from "../meetings/recordedDecision.js"
import { CalendarDate, Timestamp } from "../kernel/CalendarDate.js"
import { eventCodec } from "../kernel/EventCodec.js"
import { RequiredText, Text, Title } from "../kernel/Text.js"
import { Budget } from "../routes/Budget.js"
import {
  DecisionReference,
  Documentation,
  Evaluation,
  PilotDesignation,
  PracticeDescription,
  PracticeId,
} from "./Practice.js"
import { PracticeStatus } from "./PracticeStatus.js"
import { NetworkAgreementRegistered } from "./networkAgreementEvent.js"
import { PilotAccorded } from "./pilotAccordEvent.js"
import { PracticesLinked } from "./practiceLinkEvent.js"

/** A candidate was inventoried: status `kandidaat`. @category practices */
export class PracticeRegistered extends Schema.TaggedClass<PracticeRegistered>()("PracticeRegistered", {
  practiceId: PracticeId,
  ...PracticeDescription.fields,
  registeredBy: Schema.String,
  at: Timestamp,
}) {}

/** The practice's documentation was written or revised. @category practices */
export class PracticeDocumented extends Schema.TaggedClass<PracticeDocumented>()("PracticeDocumented", {
  practiceId: PracticeId,
  documentation: Documentation,
  documentedBy: Schema.String,
  at: Timestamp,
}) {}

/** The Stuurgroep designated a pilot municipality. @category practices */
export class PilotMunicipalityDesignated extends Schema.TaggedClass<PilotMunicipalityDesignated>()(
  "PilotMunicipalityDesignated",
  {
    practiceId: PracticeId,
    ...PilotDesignation.fields,
    ...RecordedDecisionFields,
    rationale: Schema.optional(Schema.String),
    designatedBy: Schema.String,
    at: Timestamp,
  },
) {}

/** The pilot started: status `in_pilot`. @category practices */
export class PilotStarted extends Schema.TaggedClass<PilotStarted>()("PilotStarted", {
  practiceId: PracticeId,
  /** The date the pilot started; absent in pilots recorded before starts carried one (their `at`). */
  startedOn: Schema.optional(CalendarDate),
  startedBy: Schema.String,
  at: Timestamp,
}) {}

/** An evaluation was recorded; a pilot's makes the practice `beproefd`, the execution's `geevalueerd`. @category practices */
export class EvaluationRecorded extends Schema.TaggedClass<EvaluationRecorded>()("EvaluationRecorded", {
  practiceId: PracticeId,
  evaluation: Evaluation,
  recordedBy: Schema.String,
  at: Timestamp,
}) {}

/** A beleidsvoorstel containing the practice was submitted: status `voorgesteld`. @category practices */
export class PracticeProposed extends Schema.TaggedClass<PracticeProposed>()("PracticeProposed", {
  practiceId: PracticeId,
  itemId: Schema.String,
  version: Schema.Int,
  previousStatus: PracticeStatus,
  at: Timestamp,
}) {}

/**
 * The proposal left its route without an accord (withdrawn, rejected) or no longer contains the
 * practice: it returns to the status it had.
 * @category practices
 */
export class PracticeProposalClosed extends Schema.TaggedClass<PracticeProposalClosed>()("PracticeProposalClosed", {
  practiceId: PracticeId,
  itemId: Schema.String,
  reason: Schema.Literal("withdrawn", "rejected", "removed"),
  restoredStatus: PracticeStatus,
  at: Timestamp,
}) {}

/** The DVO accorded the proposal containing the practice: status `geaccordeerd`. @category practices */
export class PracticeAccorded extends Schema.TaggedClass<PracticeAccorded>()("PracticeAccorded", {
  practiceId: PracticeId,
  accord: DecisionReference,
  /** The budget of the accorded proposal. */
  budget: Budget,
  at: Timestamp,
}) {}

/** The execution started: status `in_uitvoering`. @category practices */
export class ExecutionStarted extends Schema.TaggedClass<ExecutionStarted>()("ExecutionStarted", {
  practiceId: PracticeId,
  /** The date the execution started; absent in starts recorded before they carried one (their `at`). */
  startedOn: Schema.optional(CalendarDate),
  startedBy: Schema.String,
  at: Timestamp,
}) {}

/** The Stuurgroep decided to hand the practice over to the network: status `overgedragen`. @category practices */
export class PracticeHandedOver extends Schema.TaggedClass<PracticeHandedOver>()("PracticeHandedOver", {
  practiceId: PracticeId,
  handover: DecisionReference,
  at: Timestamp,
}) {}

/**
 * A handed-over practice arrived in the network's store from a handover package, as concept
 * (`overgedragen`), with its whole dossier.
 * @category practices
 */
export class PracticeImported extends Schema.TaggedClass<PracticeImported>()("PracticeImported", {
  practiceId: PracticeId,
  ...PracticeDescription.fields,
  documentation: Schema.optional(Documentation),
  evaluations: Schema.Array(Evaluation),
  pilotMunicipalities: Schema.Array(PilotDesignation),
  accord: DecisionReference,
  budget: Budget,
  handover: DecisionReference,
  from: Schema.Struct({ programme: Schema.String, district: Schema.String, packageDigest: Schema.String }),
  importedBy: Schema.String,
  at: Timestamp,
}) {}

/** The network agreed (the RVO): status `vastgesteld_netwerk`. @category practices */
export class PracticeEstablished extends Schema.TaggedClass<PracticeEstablished>()("PracticeEstablished", {
  practiceId: PracticeId,
  agreement: DecisionReference,
  at: Timestamp,
}) {}

/** The expert group decided not to pursue the practice: status `afgewezen`. @category practices */
export class PracticeRejected extends Schema.TaggedClass<PracticeRejected>()("PracticeRejected", {
  practiceId: PracticeId,
  reason: Schema.String,
  rejectedBy: Schema.String,
  at: Timestamp,
}) {}

/** The practice was stopped (by the expert group, or because its accord was revoked): status `gestopt`. @category practices */
export class PracticeStopped extends Schema.TaggedClass<PracticeStopped>()("PracticeStopped", {
  practiceId: PracticeId,
  reason: Schema.String,
  stoppedBy: Schema.String,
  revokedDecision: Schema.optional(Schema.String),
  at: Timestamp,
}) {}

/**
 * The network made a new version (2, 3, …) of a practice it took over: the fields that changed, who
 * revised it, when and why. The handed-over text is version 1.
 * @category practices
 */
export class PracticeRevised extends Schema.TaggedClass<PracticeRevised>()("PracticeRevised", {
  practiceId: PracticeId,
  version: Schema.Int,
  title: Schema.optional(Title),
  description: Schema.optional(Text),
  intendedEffects: Schema.optional(Schema.Array(RequiredText)),
  documentation: Schema.optional(Documentation),
  reason: RequiredText,
  revisedBy: Schema.String,
  at: Timestamp,
}) {}

/** Every event of a Best Practice. @category practices */
export const PracticeEvent = Schema.Union(
  PracticeRegistered,
  PracticeDocumented,
  PilotMunicipalityDesignated,
  PilotStarted,
  EvaluationRecorded,
  PracticeProposed,
  PracticeProposalClosed,
  PracticeAccorded,
  ExecutionStarted,
  PracticeHandedOver,
  PracticeImported,
  PracticeEstablished,
  PracticeRejected,
  PracticeStopped,
  NetworkAgreementRegistered,
  PracticeRevised,
  PilotAccorded,
  PracticesLinked,
)
/** @category practices */
export type PracticeEvent = typeof PracticeEvent.Type

/** Stores and reads practice events. @category practices */
export const practiceEventCodec = eventCodec(PracticeEvent, [
  "PracticeRegistered",
  "PracticeDocumented",
  "PilotMunicipalityDesignated",
  "PilotStarted",
  "EvaluationRecorded",
  "PracticeProposed",
  "PracticeProposalClosed",
  "PracticeAccorded",
  "ExecutionStarted",
  "PracticeHandedOver",
  "PracticeImported",
  "PracticeEstablished",
  "PracticeRejected",
  "PracticeStopped",
  "NetworkAgreementRegistered",
  "PracticeRevised",
  "PilotAccorded",
  "PracticesLinked",
])

/** The stream of a practice: `practice-<id>`. @category practices */
export const practiceStreamId = (practiceId: string): string => `practice-${practiceId}`
