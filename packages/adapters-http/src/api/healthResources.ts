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

/** A rule signalled for a municipality, not yet explained by a reason. @category randvoorwaarden */
export class OpenRegelsignaal extends Schema.Class<OpenRegelsignaal>("OpenRegelsignaal")({
  code: Schema.String,
  datum: Kernel.CalendarDate,
  uitleg: Kernel.Localized,
  bestPractice: Schema.optional(Schema.String),
  stuk: Schema.optional(Schema.String),
}) {}

/**
 * The rules of force signaleren that let acts through up to the peildatum (comply or explain):
 * how often per rule, and per municipality the ones signalled without a reason.
 * @category randvoorwaarden
 */
export class Regelsignalen extends Schema.Class<Regelsignalen>("Regelsignalen")({
  perRegel: Schema.Array(Schema.Struct({ code: Schema.String, aantal: Schema.Int })),
  openPerGemeente: Schema.Array(Schema.Struct({ gemeente: Schema.String, signalen: Schema.Array(OpenRegelsignaal) })),
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
  regelsignalen: Regelsignalen,
}) {}
