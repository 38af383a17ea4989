import { Schema } from "effect"
import { Text, Title } from "../kernel/Text.js"
import { CalendarDate, Timestamp } from "../kernel/CalendarDate.js"
import { InsightsBundle } from "../information/InsightsBundle.js"
import { EvidenceLevel } from "../practices/EvidenceLevel.js"
import {
  DecisionReference,
  Documentation,
  Evaluation,
  PilotDesignation,
  PracticeDescription,
  PracticeId,
} from "../practices/Practice.js"
import { TrackPhase } from "../practices/TrackPhase.js"
import { Budget } from "../routes/Budget.js"
import { PackagedExpert } from "./PackagedExpert.js"

/** The format name every handover package carries. @category handover */
export const handoverFormat = "weerbaar-handover"

/**
 * The package version this library writes: 2 carries the members of the programme's expert groups
 * (`experts`) and the shareable summaries of confidential information products; version 1 did not.
 * @category handover
 */
export const handoverPackageVersion = 2

/** The package versions this library reads. @category handover */
export const supportedPackageVersions: ReadonlyArray<number> = [1, 2]

/** A measure's track in one municipality, as the package shows it. @category handover */
export const PackagedTrack = Schema.Struct({
  municipality: Schema.String,
  name: Schema.String,
  cbsCode: Schema.optional(Schema.String),
  phase: Schema.Union(TrackPhase, Schema.Literal("geen")),
  reason: Schema.optional(Schema.String),
  maatwerk: Schema.Array(Schema.String),
  planned: Schema.Struct({
    pilot: Schema.optional(CalendarDate),
    in_uitvoering: Schema.optional(CalendarDate),
    geborgd: Schema.optional(CalendarDate),
  }),
  reached: Schema.Struct({
    niet_relevant: Schema.optional(CalendarDate),
    gepland: Schema.optional(CalendarDate),
    pilot: Schema.optional(CalendarDate),
    in_uitvoering: Schema.optional(CalendarDate),
    geborgd: Schema.optional(CalendarDate),
  }),
  exemption: Schema.optional(
    Schema.Struct({ decisionId: Schema.String, meetingDate: CalendarDate, reason: Schema.String }),
  ),
}).annotations({ identifier: "PackagedTrack" })
/** @category handover */
export type PackagedTrack = typeof PackagedTrack.Type

/**
 * A handed-over Best Practice with everything another organisation needs to adopt it: what it
 * is, its documentation (context, conditions, execution agreements), its evaluations and the
 * effects measured, the accord and budget, the handover decision, and its track per municipality.
 * @category handover
 */
export const PackagedPractice = Schema.Struct({
  practiceId: PracticeId,
  ...PracticeDescription.fields,
  documentation: Schema.optional(Documentation),
  evaluations: Schema.NonEmptyArray(Evaluation),
  pilotMunicipalities: Schema.Array(PilotDesignation),
  accord: DecisionReference,
  budget: Budget,
  handover: DecisionReference,
  tracks: Schema.Array(PackagedTrack),
}).annotations({ identifier: "PackagedPractice" })
/** @category handover */
export type PackagedPractice = typeof PackagedPractice.Type

/** What a handover package says; its digest covers exactly this. @category handover */
export const HandoverContent = Schema.Struct({
  handoverId: Schema.String.pipe(Schema.pattern(/^[a-z0-9][a-z0-9._-]{0,79}$/)),
  title: Title,
  description: Text,
  createdAt: Timestamp,
  createdBy: Schema.String,
  from: Schema.Struct({ programme: Schema.String, district: Schema.String }),
  /** The Stuurgroep's decision to hand over. */
  decision: DecisionReference,
  minimumEvidence: EvidenceLevel,
  practices: Schema.NonEmptyArray(PackagedPractice),
  /** The information method (lokaal ondermijningsbeeld) and the bundled insights. */
  information: InsightsBundle,
  /** The members of the programme's expert groups with their periods (from package version 2). */
  experts: Schema.optional(Schema.Array(PackagedExpert)),
}).annotations({ identifier: "HandoverContent" })
/** @category handover */
export type HandoverContent = typeof HandoverContent.Type

/**
 * A self-contained, versioned handover package: the Best Practices a programme hands to the
 * network as concept, with the information method and insights, and the SHA-256 `digest` of the
 * canonical JSON of its `content` so that any change is detected.
 *
 * @example
 * ```ts
 * const json = JSON.stringify(Schema.encodeSync(HandoverPackage)(pkg))
 * ```
 * @category handover
 */
export const HandoverPackage = Schema.Struct({
  format: Schema.Literal(handoverFormat),
  packageVersion: Schema.Literal(1, 2),
  digest: Schema.String.pipe(Schema.pattern(/^[0-9a-f]{64}$/)),
  content: HandoverContent,
}).annotations({
  identifier: "HandoverPackage",
  title: "weerbaar handover package",
  description:
    "Best Practices handed over to the network as concept, with evaluations, budgets, execution agreements, tracks per municipality and the information method",
})
/** @category handover */
export type HandoverPackage = typeof HandoverPackage.Type
/** The JSON form of a handover package. @category handover */
export type HandoverPackageJson = typeof HandoverPackage.Encoded
