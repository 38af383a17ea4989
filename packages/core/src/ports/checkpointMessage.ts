import { canonicalJson } from "../kernel/canonicalJson.js"

/**
 * The head of a log: its last position and that event's chain hash (position 0 and the genesis
 * hash when it is empty).
 * @category event store
 */
export interface LogHead {
  readonly position: number
  readonly hash: string
}

/**
 * The text a store signs for a checkpoint of its head: the same in every store, so that a
 * signature made by one verifies against a log moved to another.
 * @category event store
 */
export const checkpointMessage = (head: LogHead): string =>
  canonicalJson({ kind: "weerbaar-checkpoint", version: 1, position: head.position, hash: head.hash })
