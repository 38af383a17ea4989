import { Schema } from "effect"
import { DecimalInteger } from "./queryIntegers.js"

// Every id the API hands out has this shape; a path with anything else names no resource and is
// refused as bad input (400 naming the path parameter), never passed on to the services. A
// well-formed id that does not exist is not found (404).
const PathId = Schema.String.pipe(
  Schema.maxLength(80, { message: () => "expected an id of at most 80 characters" }),
  Schema.pattern(/^[a-z0-9][a-z0-9._-]{0,79}$/, {
    message: () => "expected an id: lowercase letters, digits, '.', '_' or '-' (at most 80)",
  }),
)

/** The path of one resource: its id. @category contract */
export const IdPath = Schema.Struct({ id: PathId.annotations({ description: "The resource's id" }) })

/** The path of a track: the Best Practice and the municipality. @category contract */
export const TrajectPath = Schema.Struct({
  bestPractice: PathId.annotations({ description: "The Best Practice's id" }),
  gemeente: PathId.annotations({ description: "The municipality's id" }),
})

/** The path of a meeting's agenda point: the meeting's id and the point's number. @category contract */
export const AgendapuntPath = Schema.Struct({
  id: PathId.annotations({ description: "The meeting's id" }),
  nr: DecimalInteger(1, 999).annotations({ description: "The agenda point's number, from 1" }),
})
