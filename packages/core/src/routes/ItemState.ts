import type { CalendarDate } from "../kernel/CalendarDate.js"
import type { BodyId } from "../governance/Ids.js"
import type { ItemKind, Outcome } from "../governance/Route.js"
import type { ItemContent } from "./commands.js"

/**
 * Where an item stands: a draft; submitted and on its route; returned (a new version, to edit
 * and submit again); or closed — withdrawn, rejected, approved, accorded, noted, or revoked.
 * @category routes
 */
export type ItemStatus =
  | "draft"
  | "submitted"
  | "returned"
  | "withdrawn"
  | "rejected"
  | "approved"
  | "accorded"
  | "noted"
  | "revoked"

/** The statuses in which the item's route has ended. @category routes */
export const closedStatuses: ReadonlyArray<ItemStatus> = [
  "withdrawn",
  "rejected",
  "approved",
  "accorded",
  "noted",
  "revoked",
]

/** A decision taken on an item, as the item remembers it. @category routes */
export interface DecisionSummary {
  readonly decisionId: string
  readonly version: number
  readonly step: number
  readonly body: BodyId
  readonly outcome: Outcome
  readonly final: boolean
  readonly meetingDate: CalendarDate
  readonly committedBudget: number
  readonly revokedBy?: string
}

/** An item that exists. @category routes */
export interface Item {
  readonly exists: true
  readonly itemId: string
  readonly kind: ItemKind
  readonly draftingBody: BodyId
  readonly status: ItemStatus
  readonly version: number
  readonly content: ItemContent
  /** The persons who drafted or edited the current version: they cannot alone approve it. */
  readonly authors: ReadonlyArray<string>
  /** The index of the step whose turn it is, while submitted. */
  readonly step: number
  readonly submittedOn: CalendarDate | undefined
  readonly decisions: ReadonlyArray<DecisionSummary>
}

/** The state of an item's stream: nothing yet, or the item. @category routes */
export type ItemState = { readonly exists: false } | Item

/** The state of a stream without events. @category routes */
export const noItem: ItemState = { exists: false }
