import { Schema } from "effect"
import { RequiredText, Text, Title } from "../kernel/Text.js"
import { CalendarDate } from "../kernel/CalendarDate.js"
import { OrganisationId } from "../governance/Ids.js"
import { DecisionId, Meeting } from "../routes/commands.js"
import { Documentation, Evaluation, PracticeDescription, PracticeId } from "./Practice.js"
import { RegisterNetworkAgreement } from "./networkAgreementCommand.js"
import { LinkPractices } from "./linkPractices.js"

/** A member of the theme's expert group inventories a candidate Best Practice. @category practices */
export class RegisterPractice extends Schema.TaggedClass<RegisterPractice>()("RegisterPractice", {
  practiceId: PracticeId,
  ...PracticeDescription.fields,
}) {}

/** A member of the theme's expert group documents the practice so others can adopt it. @category practices */
export class DocumentPractice extends Schema.TaggedClass<DocumentPractice>()("DocumentPractice", {
  practiceId: PracticeId,
  documentation: Documentation,
}) {}

/**
 * A person acting for the Stuurgroep records its decision, taken in its meeting (attendance,
 * substitutes, recusals, votes and rationale, and the agenda point or written round where there was
 * one), to designate a municipality as pilot municipality for a practice, before the accord.
 * @category practices
 */
export class DesignatePilotMunicipality extends Schema.TaggedClass<DesignatePilotMunicipality>()(
  "DesignatePilotMunicipality",
  {
    practiceId: PracticeId,
    municipality: OrganisationId,
    decisionId: DecisionId,
    ...Meeting.fields,
  },
) {}

/**
 * The expert group starts the pilot of a candidate in its designated municipalities, on the date it
 * did (default today): not before the first designation.
 * @category practices
 */
export class StartPilot extends Schema.TaggedClass<StartPilot>()("StartPilot", {
  practiceId: PracticeId,
  startedOn: Schema.optional(CalendarDate),
}) {}

/**
 * The expert group records an evaluation: of the pilot (the practice becomes `beproefd`) or of the
 * execution (it becomes `geevalueerd`).
 * @category practices
 */
export class RecordEvaluation extends Schema.TaggedClass<RecordEvaluation>()("RecordEvaluation", {
  practiceId: PracticeId,
  evaluation: Evaluation,
}) {}

/**
 * The expert group starts coordinating the execution of an accorded practice, on the date it did
 * (default today): not before the accord.
 * @category practices
 */
export class StartExecution extends Schema.TaggedClass<StartExecution>()("StartExecution", {
  practiceId: PracticeId,
  startedOn: Schema.optional(CalendarDate),
}) {}

/** The expert group decides not to pursue a practice before it is proposed. @category practices */
export class RejectPractice extends Schema.TaggedClass<RejectPractice>()("RejectPractice", {
  practiceId: PracticeId,
  reason: RequiredText,
}) {}

/** The expert group stops a pilot or the execution of a practice. @category practices */
export class StopPractice extends Schema.TaggedClass<StopPractice>()("StopPractice", {
  practiceId: PracticeId,
  reason: RequiredText,
}) {}

/**
 * A member of the network's expert group makes a new version of a practice it took over from a
 * handover package (`overgedragen` or `vastgesteld_netwerk`): a new title, description, intended
 * effects or documentation, and why. The practice keeps its stream, its tracks and where it came
 * from (the programme and the package digest).
 * @category practices
 */
export class RevisePractice extends Schema.TaggedClass<RevisePractice>()("RevisePractice", {
  practiceId: PracticeId,
  title: Schema.optional(Title),
  description: Schema.optional(Text),
  intendedEffects: Schema.optional(Schema.Array(RequiredText)),
  documentation: Schema.optional(Documentation),
  reason: RequiredText,
}) {}

/**
 * Every command on a practice. There is none that accords it or hands it over: those follow from
 * decisions on the approval routes (see {@link practicePolicy}).
 * @category practices
 */
export const PracticeCommand = Schema.Union(
  RegisterPractice,
  DocumentPractice,
  DesignatePilotMunicipality,
  StartPilot,
  RecordEvaluation,
  StartExecution,
  RejectPractice,
  StopPractice,
  RegisterNetworkAgreement,
  RevisePractice,
  LinkPractices,
)
/** @category practices */
export type PracticeCommand = typeof PracticeCommand.Type
