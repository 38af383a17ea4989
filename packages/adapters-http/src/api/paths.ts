import { Schema } from "effect"

// Ids in paths are not validated by pattern: an id that does not exist is simply not found (404).

/** The path of one resource: its id. @category contract */
export const IdPath = Schema.Struct({ id: Schema.String.annotations({ description: "The resource's id" }) })

/** The path of a track: the Best Practice and the municipality. @category contract */
export const TrajectPath = Schema.Struct({
  bestPractice: Schema.String.annotations({ description: "The Best Practice's id" }),
  gemeente: Schema.String.annotations({ description: "The municipality's id" }),
})
