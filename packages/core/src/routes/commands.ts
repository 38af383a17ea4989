import { Schema } from "effect"
import { RequiredText, Text, Title } from "../kernel/Text.js"
import { CalendarDate } from "../kernel/CalendarDate.js"
import { BodyId, PersonId } from "../governance/Ids.js"
import { ItemKind, Outcome } from "../governance/Route.js"
import { Budget } from "./Budget.js"
import { PartnerTask } from "./PartnerTask.js"
import { DecidedIn } from "../meetings/MeetingIds.js"
import { ProgressReport } from "./ProgressReport.js"
import { PilotScope } from "./PilotScope.js"

/** Identifier of an item on a route. @category routes */
export const ItemId = Schema.String.pipe(
  Schema.pattern(/^[a-z0-9][a-z0-9._-]{0,79}$/, {
    message: () => "expected an item id: lowercase letters, digits, '.', '_' or '-'",
  }),
  Schema.brand("ItemId"),
  Schema.annotations({ identifier: "ItemId" }),
)
/** @category routes */
export type ItemId = typeof ItemId.Type

/** Identifier of a decision (besluit). @category routes */
export const DecisionId = Schema.String.pipe(
  Schema.pattern(/^[a-z0-9][a-z0-9._-]{0,79}$/, {
    message: () => "expected a decision id: lowercase letters, digits, '.', '_' or '-'",
  }),
  Schema.brand("DecisionId"),
  Schema.annotations({ identifier: "DecisionId" }),
)
/** @category routes */
export type DecisionId = typeof DecisionId.Type

/** The SHA-256 fingerprint of a governance model (see `modelFingerprint`). @category routes */
export const ModelFingerprint = Schema.String.pipe(
  Schema.length(64),
  Schema.pattern(/^[0-9a-f]{64}$/, {
    message: () => "expected the SHA-256 fingerprint of a governance model: 64 hex digits",
  }),
  Schema.annotations({ identifier: "ModelFingerprint" }),
)

/**
 * What an item says: title, description, budget lines, the tasks of partners without money
 * (`tasks`, absent when it has none) and the Best Practices it contains; a
 * `programmaplan` or `programmabijstelling` names the fingerprint of the rule book it proposes
 * (`proposedModel`), so the DVO decides on exactly that version. A `voortgangsrapportage` carries
 * its figures (`progressReport`): a draft may hold a preview, and its submission freezes the report
 * as of the submission date into the item. A beleidsvoorstel with `pilot` is a pilot proposal: its
 * accord starts no roll-out but a pilot in the municipalities it names.
 * @category routes
 */
export const ItemContent = Schema.Struct({
  title: Title,
  description: Text,
  budget: Budget,
  tasks: Schema.optional(Schema.Array(PartnerTask)),
  practices: Schema.Array(Title),
  proposedModel: Schema.optional(ModelFingerprint),
  progressReport: Schema.optional(ProgressReport),
  pilot: Schema.optional(PilotScope),
})
/** @category routes */
export type ItemContent = typeof ItemContent.Type

/** An expert group (or the Stuurgroep) drafts an item. @category routes */
export class DraftItem extends Schema.TaggedClass<DraftItem>()("DraftItem", {
  itemId: ItemId,
  kind: ItemKind,
  draftingBody: BodyId,
  content: ItemContent,
}) {}

/** A member of the drafting body edits a draft or a returned item. @category routes */
export class EditItem extends Schema.TaggedClass<EditItem>()("EditItem", {
  itemId: ItemId,
  content: ItemContent,
}) {}

/**
 * The drafting body submits its item to the route, today or on the day `on` it was submitted
 * (not in the future) when it is recorded later.
 * @category routes
 */
export class SubmitItem extends Schema.TaggedClass<SubmitItem>()("SubmitItem", {
  itemId: ItemId,
  on: Schema.optional(CalendarDate),
  /** Why the drafter departs from a signalled rule that asks a reason (comply or explain). */
  reason: Schema.optional(RequiredText),
  /**
   * A voortgangsrapportage's report as of the submission date, frozen into the item. `routeItem`
   * fills it in (replacing anything given); without it the item keeps its drafted content.
   */
  progressReport: Schema.optional(ProgressReport),
  pilot: Schema.optional(PilotScope),
}) {}

/** A member's vote on the outcome put to the meeting. @category routes */
export const Vote = Schema.Struct({
  member: PersonId,
  vote: Schema.Literal("for", "against", "abstain"),
})
/** @category routes */
export type Vote = typeof Vote.Type

/** A substitute who attended in a member's place, as the model allows. @category routes */
export const SubstituteAttendance = Schema.Struct({ member: PersonId, substitute: PersonId })
/** @category routes */
export type SubstituteAttendance = typeof SubstituteAttendance.Type

/**
 * What happened at a body's meeting on one decision: its date, who attended, who substituted for
 * whom (the substitute counts and votes in the member's place), who declared a conflict of interest
 * (and is recused), the votes where the decision rule needs them, and the rationale; `decidedIn`
 * names the meeting's agenda point or the written round, where there was one.
 * @category routes
 */
export const Meeting = Schema.Struct({
  meetingDate: CalendarDate,
  attendance: Schema.Array(PersonId),
  substitutes: Schema.optionalWith(Schema.Array(SubstituteAttendance), { default: () => [] }),
  recused: Schema.optionalWith(Schema.Array(PersonId), { default: () => [] }),
  votes: Schema.optionalWith(Schema.Array(Vote), { default: () => [] }),
  rationale: RequiredText,
  decidedIn: Schema.optional(DecidedIn),
})
/** @category routes */
export type Meeting = typeof Meeting.Type

/**
 * A body's decision on the item at its step: approve (and offer), accord, return with remarks,
 * reject or take note.
 * @category routes
 */
export class RecordDecision extends Schema.TaggedClass<RecordDecision>()("RecordDecision", {
  itemId: ItemId,
  decisionId: DecisionId,
  body: BodyId,
  outcome: Outcome,
  ...Meeting.fields,
  effectiveDate: Schema.optional(CalendarDate),
  remarks: Schema.optional(Text),
  /** Why the body departs from a signalled rule that asks a reason (comply or explain). */
  reason: Schema.optional(RequiredText),
}) {}

/** The drafting body withdraws its item before the final decision. @category routes */
export class WithdrawItem extends Schema.TaggedClass<WithdrawItem>()("WithdrawItem", {
  itemId: ItemId,
  reason: RequiredText,
}) {}

/** The body that took a final decision revokes it by a new decision that cites it. @category routes */
export class RevokeDecision extends Schema.TaggedClass<RevokeDecision>()("RevokeDecision", {
  itemId: ItemId,
  decisionId: DecisionId,
  revokes: DecisionId,
  body: BodyId,
  ...Meeting.fields,
}) {}

/** Every command on an item's route. @category routes */
export const RouteCommand = Schema.Union(DraftItem, EditItem, SubmitItem, RecordDecision, WithdrawItem, RevokeDecision)
/** @category routes */
export type RouteCommand = typeof RouteCommand.Type
