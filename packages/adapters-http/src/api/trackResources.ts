import { Governance, Kernel, Practice } from "@weerbaar/core"
import { Schema } from "effect"
import { besluitvorming } from "./decisionRequests.js"
import { commandSignalen, Datum } from "./resources.js"
import { DecisionId, requestBody, Tekst } from "./requestFields.js"

/** Where a track stands: a phase, or `geen` before its first move. @category trajecten */
export const Fase = Schema.Union(Practice.TrackPhase, Schema.Literal("geen")).annotations({ identifier: "Fase" })

/** A track moves to a phase on a date; `niet_relevant` needs a reason. @category trajecten */
export const NieuweFaseOvergang = Schema.Struct({
  naar: Practice.TrackPhase,
  datum: Datum,
  reden: Schema.optionalWith(Tekst, { exact: true }).annotations({ description: "Required for niet_relevant" }),
  maatwerk: Schema.optionalWith(Tekst, { exact: true }),
}).annotations(requestBody("NieuweFaseOvergang"))

/** The date on which the municipality expects a phase. @category trajecten */
export const NieuwePlanning = Schema.Struct({ fase: Practice.PlannablePhase, datum: Datum }).annotations(
  requestBody("NieuwePlanning"),
)

/**
 * A maatwerk note: how the municipality tailors the measure, on the date it did (default today; not
 * before the accord, unless the municipality was piloting the measure then).
 * @category trajecten
 */
export const NieuweMaatwerkNotitie = Schema.Struct({
  notitie: Tekst,
  datum: Schema.optionalWith(Datum, { exact: true }).annotations({
    description: "The date of the note; default today",
  }),
}).annotations(requestBody("NieuweMaatwerkNotitie"))

/** The DVO's exemption of the municipality from the accorded measure. @category trajecten */
export const NieuweVrijstelling = Schema.Struct({
  besluit: Schema.optionalWith(DecisionId, { exact: true }).annotations({
    description: "The id of the DVO's decision; one is made when left out",
  }),
  ...besluitvorming,
  reden: Tekst,
}).annotations(requestBody("NieuweVrijstelling"))

const geplandeData = Schema.Struct({
  pilot: Schema.optional(Kernel.CalendarDate),
  inUitvoering: Schema.optional(Kernel.CalendarDate),
  geborgd: Schema.optional(Kernel.CalendarDate),
})

/** A measure's track in one municipality. @category trajecten */
export class Traject extends Schema.Class<Traject>("Traject")({
  bestPractice: Schema.String,
  gemeente: Schema.String,
  thema: Schema.optional(Governance.Theme),
  fase: Fase,
  reden: Schema.optional(Schema.String),
  maatwerk: Schema.Array(Schema.String),
  gepland: geplandeData,
  bereikt: Schema.Struct({
    nietRelevant: Schema.optional(Kernel.CalendarDate),
    gepland: Schema.optional(Kernel.CalendarDate),
    pilot: Schema.optional(Kernel.CalendarDate),
    inUitvoering: Schema.optional(Kernel.CalendarDate),
    geborgd: Schema.optional(Kernel.CalendarDate),
  }),
  vrijstelling: Schema.optional(
    Schema.Struct({ besluit: Schema.String, vergaderdatum: Kernel.CalendarDate, reden: Schema.String }),
  ),
  signalen: commandSignalen,
}) {}

/** A track's line in the overview. @category trajecten */
export class TrajectSamenvatting extends Schema.Class<TrajectSamenvatting>("TrajectSamenvatting")({
  bestPractice: Schema.String,
  gemeente: Schema.String,
  thema: Governance.Theme,
  fase: Fase,
  reden: Schema.optional(Schema.String),
  maatwerk: Schema.Array(Schema.String),
  vrijstelling: Schema.optional(Schema.String).annotations({ description: "The DVO's decision" }),
  gewijzigdOp: Kernel.Timestamp,
}) {}

/** Counts of tracks per phase and practices per status, and the active programme phases. @category trajecten */
export class Fasetelling extends Schema.Class<Fasetelling>("Fasetelling")({
  trajecten: Schema.Record({ key: Practice.TrackPhase, value: Schema.Int }),
  bestPractices: Schema.Record({ key: Practice.PracticeStatus, value: Schema.Int }),
  actief: Schema.Array(Practice.ProgrammePhase),
}) {}

/**
 * The programme's phase picture, overall and per theme, and the measures of the network track
 * (agreements of the network the district executes; also counted in the totals) on their own.
 * @category trajecten
 */
export class Fasebeeld extends Schema.Class<Fasebeeld>("Fasebeeld")({
  fasen: Schema.Array(Schema.Struct({ fase: Practice.ProgrammePhase, naam: Kernel.Localized })),
  totaal: Fasetelling,
  perThema: Schema.Array(Schema.Struct({ thema: Governance.Theme, telling: Fasetelling })),
  netwerkafspraken: Fasetelling,
}) {}
