import type { BodyId } from "../governance/Ids.js"
import { Either } from "effect"
import type { ReadModel } from "../ports/ReadModel.js"
import { milestoneEventCodec } from "./Milestone.js"

/** A row of the milestone overview. @category read models */
export type MilestoneRow = {
  readonly milestoneId: string
  readonly title: string
  readonly phase: string
  readonly ownerBody: BodyId
  readonly dueDate: string
  readonly deliveredOn?: string
  readonly updatedAt: string
}

/**
 * Every milestone with its owner body, due date and delivery date; feed its rows to
 * {@link milestoneAgenda}. Filter with `where: { ownerBody }` or `where: { phase }`.
 * @category read models
 */
export const milestoneOverview: ReadModel<MilestoneRow> = {
  name: "milestones",
  version: 1,
  keysOf: (stored) => {
    if (!milestoneEventCodec.handles(stored.type)) return []
    const decoded = milestoneEventCodec.fromStored(stored)
    return Either.isRight(decoded) ? [decoded.right.milestoneId] : []
  },
  apply: (stored, current) => {
    const decoded = milestoneEventCodec.fromStored(stored)
    if (Either.isLeft(decoded)) return []
    const event = decoded.right
    const row = current.get(event.milestoneId)
    switch (event._tag) {
      case "MilestonePlanned":
        return [
          {
            key: event.milestoneId,
            row: {
              milestoneId: event.milestoneId,
              title: event.title,
              phase: event.phase,
              ownerBody: event.ownerBody,
              dueDate: event.dueDate,
              updatedAt: event.at,
            },
          },
        ]
      case "MilestoneRescheduled":
        return row === undefined
          ? []
          : [{ key: event.milestoneId, row: Object.assign({}, row, { dueDate: event.dueDate, updatedAt: event.at }) }]
      case "MilestoneDelivered":
        return row === undefined
          ? []
          : [
              {
                key: event.milestoneId,
                row: Object.assign({}, row, { deliveredOn: event.deliveredOn, updatedAt: event.at }),
              },
            ]
      default: {
        const unknown: never = event
        return unknown
      }
    }
  },
}

/** The read models of milestones, for a store to keep. @category read models */
export const milestoneReadModels = [milestoneOverview] as const
