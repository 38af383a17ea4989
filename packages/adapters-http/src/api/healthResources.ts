import { Kernel } from "@weerbaar/core"
import { Schema } from "effect"

/** A signal: met, at risk, not met. @category randvoorwaarden */
export const Signaal = Schema.Literal("green", "amber", "red").annotations({ identifier: "Signaal" })

/** One fact-based finding about a randvoorwaarde. @category randvoorwaarden */
export class Bevinding extends Schema.Class<Bevinding>("Bevinding")({
  code: Schema.String,
  signaal: Signaal,
  controle: Kernel.Localized,
  feiten: Schema.Record({ key: Schema.String, value: Schema.Unknown }),
  uitleg: Kernel.Localized,
}) {}

/** The randvoorwaarden of the programme on a date: each with its signal and findings. @category randvoorwaarden */
export class Randvoorwaarden extends Schema.Class<Randvoorwaarden>("Randvoorwaarden")({
  peildatum: Kernel.CalendarDate,
  signaal: Signaal,
  voorwaarden: Schema.Array(
    Schema.Struct({
      voorwaarde: Schema.Literal("staffing", "commitment", "budget"),
      signaal: Signaal,
      bevindingen: Schema.Array(Bevinding),
    }),
  ),
}) {}
