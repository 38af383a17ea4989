import { Schema } from "effect"
import { RequiredText, Text, Title } from "../kernel/Text.js"
import { CalendarDate } from "../kernel/CalendarDate.js"
import { Theme } from "../governance/Theme.js"
import { EvidenceLevel } from "./EvidenceLevel.js"

/** Identifier of a Best Practice in the catalogue (`bp-hennepconvenant`). @category practices */
export const PracticeId = Schema.String.pipe(
  Schema.pattern(/^[a-z0-9][a-z0-9._-]{0,63}$/, {
    message: () => "expected a practice id: lowercase letters, digits, '.', '_' or '-' (at most 64)",
  }),
  Schema.brand("PracticeId"),
  Schema.annotations({ identifier: "PracticeId", description: "Identifier of a Best Practice" }),
)
/** @category practices */
export type PracticeId = typeof PracticeId.Type

/**
 * Where a practice comes from: elsewhere in the Netherlands, abroad, or designed by the programme
 * itself ("beter goed gejat dan slecht bedacht").
 * @category practices
 */
export const Origin = Schema.Literal("elders-nl", "buitenland", "eigen-ontwikkeling").annotations({
  identifier: "Origin",
})
/** @category practices */
export type Origin = typeof Origin.Type

/** What a practice is, as the expert group inventories it. @category practices */
export const PracticeDescription = Schema.Struct({
  theme: Theme,
  title: Title,
  description: Text,
  origin: Origin,
  /** Where the practice was found: a report, a municipality, a web address. */
  source: RequiredText,
  intendedEffects: Schema.Array(RequiredText),
}).annotations({ identifier: "PracticeDescription" })
/** @category practices */
export type PracticeDescription = typeof PracticeDescription.Type

/**
 * A practice documented so that another organisation can adopt it: what it is, in which context
 * it works, its conditions (randvoorwaarden) and the execution agreements (who does what).
 * @category practices
 */
export const Documentation = Schema.Struct({
  description: RequiredText,
  context: RequiredText,
  conditions: RequiredText,
  executionAgreements: RequiredText,
}).annotations({ identifier: "Documentation" })
/** @category practices */
export type Documentation = typeof Documentation.Type

/** An effect measured by an evaluation: what, and the result. @category practices */
export const MeasuredEffect = Schema.Struct({
  effect: RequiredText,
  result: RequiredText,
}).annotations({ identifier: "MeasuredEffect" })
/** @category practices */
export type MeasuredEffect = typeof MeasuredEffect.Type

/**
 * An evaluation of a pilot or of the execution: its method, findings, the effects measured and the
 * evidence level it supports on the recognition ladder.
 * @category practices
 */
export const Evaluation = Schema.Struct({
  evaluationId: Schema.String.pipe(Schema.pattern(/^[a-z0-9][a-z0-9._-]{0,63}$/)),
  kind: Schema.Literal("pilot", "uitvoering"),
  method: RequiredText,
  findings: RequiredText,
  measuredEffects: Schema.Array(MeasuredEffect),
  evidenceLevel: EvidenceLevel,
  evaluatedOn: CalendarDate,
  /** Who carried out the evaluation (a research institute, the RIEC, the expert group). */
  evaluatedBy: Title,
}).annotations({ identifier: "Evaluation" })
/** @category practices */
export type Evaluation = typeof Evaluation.Type

/**
 * A decision of a body that moved a practice on (an accord, a handover, the network's agreement),
 * as the practice remembers it.
 * @category practices
 */
export const DecisionReference = Schema.Struct({
  itemId: Schema.String,
  decisionId: Schema.String,
  body: Schema.String,
  bodyName: Schema.String,
  meetingDate: CalendarDate,
}).annotations({ identifier: "DecisionReference" })
/** @category practices */
export type DecisionReference = typeof DecisionReference.Type

/** A municipality the Stuurgroep designated to pilot a practice before the accord. @category practices */
export const PilotDesignation = Schema.Struct({
  municipality: Schema.String,
  decisionId: Schema.String,
  meetingDate: CalendarDate,
}).annotations({ identifier: "PilotDesignation" })
/** @category practices */
export type PilotDesignation = typeof PilotDesignation.Type
