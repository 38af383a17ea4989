import { Schema } from "effect"
import { RequiredText, Title } from "../kernel/Text.js"
import { CalendarDate, Timestamp } from "../kernel/CalendarDate.js"
import { eventCodec } from "../kernel/EventCodec.js"
import { BodyId } from "../governance/Ids.js"
import { ProgrammePhase } from "../practices/phasePicture.js"

/** Identifier of a milestone (`ms-pilots-rheden`). @category milestones */
export const MilestoneId = Schema.String.pipe(
  Schema.pattern(/^[a-z0-9][a-z0-9._-]{0,63}$/, {
    message: () => "expected a milestone id: lowercase letters, digits, '.', '_' or '-' (at most 64)",
  }),
  Schema.brand("MilestoneId"),
  Schema.annotations({ identifier: "MilestoneId" }),
)
/** @category milestones */
export type MilestoneId = typeof MilestoneId.Type

/** A body plans a milestone — the delivered result of a phase — with its due date. @category milestones */
export class PlanMilestone extends Schema.TaggedClass<PlanMilestone>()("PlanMilestone", {
  milestoneId: MilestoneId,
  title: Title,
  phase: ProgrammePhase,
  ownerBody: BodyId,
  dueDate: CalendarDate,
}) {}

/** The owner moves a milestone's due date, with the reason. @category milestones */
export class RescheduleMilestone extends Schema.TaggedClass<RescheduleMilestone>()("RescheduleMilestone", {
  milestoneId: MilestoneId,
  dueDate: CalendarDate,
  reason: RequiredText,
}) {}

/** The owner records that the result was delivered, on a date. @category milestones */
export class DeliverMilestone extends Schema.TaggedClass<DeliverMilestone>()("DeliverMilestone", {
  milestoneId: MilestoneId,
  deliveredOn: CalendarDate,
  note: Schema.optional(RequiredText),
}) {}

/** Every command on a milestone. @category milestones */
export const MilestoneCommand = Schema.Union(PlanMilestone, RescheduleMilestone, DeliverMilestone)
/** @category milestones */
export type MilestoneCommand = typeof MilestoneCommand.Type

/** A milestone was planned. @category milestones */
export class MilestonePlanned extends Schema.TaggedClass<MilestonePlanned>()("MilestonePlanned", {
  milestoneId: Schema.String,
  title: Schema.String,
  phase: ProgrammePhase,
  ownerBody: BodyId,
  dueDate: CalendarDate,
  plannedBy: Schema.String,
  at: Timestamp,
}) {}

/** A milestone's due date moved. @category milestones */
export class MilestoneRescheduled extends Schema.TaggedClass<MilestoneRescheduled>()("MilestoneRescheduled", {
  milestoneId: Schema.String,
  previousDueDate: CalendarDate,
  dueDate: CalendarDate,
  reason: Schema.String,
  rescheduledBy: Schema.String,
  at: Timestamp,
}) {}

/** A milestone's result was delivered. @category milestones */
export class MilestoneDelivered extends Schema.TaggedClass<MilestoneDelivered>()("MilestoneDelivered", {
  milestoneId: Schema.String,
  deliveredOn: CalendarDate,
  note: Schema.optional(Schema.String),
  deliveredBy: Schema.String,
  at: Timestamp,
}) {}

/** Every event of a milestone. @category milestones */
export const MilestoneEvent = Schema.Union(MilestonePlanned, MilestoneRescheduled, MilestoneDelivered)
/** @category milestones */
export type MilestoneEvent = typeof MilestoneEvent.Type

/** Stores and reads milestone events. @category milestones */
export const milestoneEventCodec = eventCodec(MilestoneEvent, [
  "MilestonePlanned",
  "MilestoneRescheduled",
  "MilestoneDelivered",
])

/** The stream of a milestone: `milestone-<id>`. @category milestones */
export const milestoneStreamId = (milestoneId: string): string => `milestone-${milestoneId}`

/** A milestone as its stream tells it. @category milestones */
export type MilestoneState =
  | { readonly exists: false }
  | {
      readonly exists: true
      readonly milestoneId: string
      readonly title: string
      readonly phase: ProgrammePhase
      readonly ownerBody: BodyId
      readonly dueDate: CalendarDate
      readonly deliveredOn: CalendarDate | undefined
    }
