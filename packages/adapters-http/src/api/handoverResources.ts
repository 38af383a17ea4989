import { Kernel } from "@weerbaar/core"
import { Schema } from "effect"
import { ItemId, requestBody } from "./requestFields.js"
import { commandSignalen } from "./resources.js"

/** The package to make for an overdracht the Stuurgroep decided on. @category overdrachten */
export const NieuweOverdracht = Schema.Struct({
  overdrachtsvoorstel: ItemId.annotations({ description: "The id of the decided overdracht item" }),
}).annotations(requestBody("NieuweOverdracht"))

/** A handover package, summarised; the package itself is at `/pakket`. @category overdrachten */
export class Overdracht extends Schema.Class<Overdracht>("Overdracht")({
  id: Schema.String,
  titel: Schema.String,
  pakketversie: Schema.Int,
  vingerafdruk: Schema.String.annotations({ description: "SHA-256 of the canonical JSON of the package's content" }),
  opgemaaktOp: Kernel.Timestamp,
  opgemaaktDoor: Schema.String,
  besluit: Schema.String,
  besluitdatum: Kernel.CalendarDate,
  bestPractices: Schema.Array(Schema.String),
}) {}

/** What an import stored: the overdracht item (a draft in this store) and the practices. @category overdrachten */
export class Overdrachtsimport extends Schema.Class<Overdrachtsimport>("Overdrachtsimport")({
  overdrachtsvoorstel: Schema.String,
  bestPractices: Schema.Array(Schema.String),
  vingerafdruk: Schema.String,
  gebeurtenissen: Schema.Int,
  signalen: commandSignalen,
}) {}
