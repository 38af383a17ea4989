import { Schema } from "effect"
import { CalendarDate, Timestamp } from "../kernel/CalendarDate.js"
import { eventCodec } from "../kernel/EventCodec.js"
import { BodyId, PersonId } from "../governance/Ids.js"
import { ItemKind, Outcome } from "../governance/Route.js"
import { DecidedIn } from "../meetings/MeetingIds.js"
import { DecisionId, ItemContent, ItemId, SubstituteAttendance, Vote } from "./commands.js"
import { ProgressReport } from "./ProgressReport.js"

/** An item was drafted: version 1. @category routes */
export class ItemDrafted extends Schema.TaggedClass<ItemDrafted>()("ItemDrafted", {
  itemId: ItemId,
  kind: ItemKind,
  draftingBody: BodyId,
  content: ItemContent,
  draftedBy: PersonId,
  at: Timestamp,
}) {}

/** The content of the current version changed. @category routes */
export class ItemEdited extends Schema.TaggedClass<ItemEdited>()("ItemEdited", {
  itemId: ItemId,
  version: Schema.Int,
  content: ItemContent,
  editedBy: PersonId,
  at: Timestamp,
}) {}

/**
 * A version was submitted and starts the route at its first step; a voortgangsrapportage's report
 * as of the submission date is frozen into it (`progressReport`), so later events do not change it.
 * @category routes
 */
export class ItemSubmitted extends Schema.TaggedClass<ItemSubmitted>()("ItemSubmitted", {
  itemId: ItemId,
  version: Schema.Int,
  submittedBy: PersonId,
  at: Timestamp,
  /** The day of the submission when it was recorded later; else the day of `at`. */
  on: Schema.optional(CalendarDate),
  progressReport: Schema.optional(ProgressReport),
}) {}

/**
 * A body decided on a version at its step. `final` when the decision ends the route; `returned`
 * items start again as the next version; `committedBudget` is the amount an accord commits on the programme's ledger: the total of
 * its programme-funded lines (a partner's own contribution and hours in kind are not committed).
 * @category routes
 */
export class DecisionRecorded extends Schema.TaggedClass<DecisionRecorded>()("DecisionRecorded", {
  decisionId: DecisionId,
  itemId: ItemId,
  kind: ItemKind,
  version: Schema.Int,
  step: Schema.Int,
  body: BodyId,
  outcome: Outcome,
  final: Schema.Boolean,
  meetingDate: CalendarDate,
  effectiveDate: CalendarDate,
  attendance: Schema.Array(PersonId),
  recused: Schema.Array(PersonId),
  votes: Schema.Array(Vote),
  substitutes: Schema.optional(Schema.Array(SubstituteAttendance)),
  decidedIn: Schema.optional(DecidedIn),
  rationale: Schema.String,
  remarks: Schema.optional(Schema.String),
  committedBudget: Schema.Int,
  recordedBy: PersonId,
  at: Timestamp,
}) {}

/** The drafting body withdrew the item before its final decision. @category routes */
export class ItemWithdrawn extends Schema.TaggedClass<ItemWithdrawn>()("ItemWithdrawn", {
  itemId: ItemId,
  version: Schema.Int,
  reason: Schema.String,
  withdrawnBy: PersonId,
  at: Timestamp,
}) {}

/** A final decision was revoked by a new decision that cites it; an accord releases its budget. @category routes */
export class DecisionRevoked extends Schema.TaggedClass<DecisionRevoked>()("DecisionRevoked", {
  decisionId: DecisionId,
  revokes: DecisionId,
  itemId: ItemId,
  body: BodyId,
  meetingDate: CalendarDate,
  attendance: Schema.Array(PersonId),
  recused: Schema.Array(PersonId),
  votes: Schema.Array(Vote),
  substitutes: Schema.optional(Schema.Array(SubstituteAttendance)),
  decidedIn: Schema.optional(DecidedIn),
  rationale: Schema.String,
  releasedBudget: Schema.Int,
  recordedBy: PersonId,
  at: Timestamp,
}) {}

/** Every event of an item on its route. @category routes */
export const RouteEvent = Schema.Union(
  ItemDrafted,
  ItemEdited,
  ItemSubmitted,
  DecisionRecorded,
  ItemWithdrawn,
  DecisionRevoked,
)
/** @category routes */
export type RouteEvent = typeof RouteEvent.Type

/** Stores and reads route events. @category routes */
export const routeEventCodec = eventCodec(RouteEvent, [
  "ItemDrafted",
  "ItemEdited",
  "ItemSubmitted",
  "DecisionRecorded",
  "ItemWithdrawn",
  "DecisionRevoked",
])

/** The stream of an item. @category routes */
export const itemStreamId = (itemId: string): string => `item-${itemId}`
