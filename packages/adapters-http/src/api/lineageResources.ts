import { Schema } from "effect"

/** One version of a practice taken over: version 1 as handed over, then each revision. @category best practices */
export const Versie = Schema.Struct({
  versie: Schema.Int,
  door: Schema.String,
  op: Schema.String,
  reden: Schema.String,
  gewijzigd: Schema.Array(Schema.String),
})

/**
 * Where a practice the network took over came from — the programme, its district and the package's
 * digest — and its versions since.
 * @category best practices
 */
export class Overname extends Schema.Class<Overname>("Overname")({
  programma: Schema.String,
  district: Schema.String,
  pakketDigest: Schema.String,
  overdrachtsbesluit: Schema.optional(Schema.String),
  versies: Schema.Array(Versie),
}) {}
