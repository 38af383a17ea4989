import { Schema } from "effect"
import { EvidenceLevel } from "../practices/EvidenceLevel.js"

/** What a handover to the network requires. @category governance */
export class HandoverSettings extends Schema.Class<HandoverSettings>("HandoverSettings")({
  /** The lowest evidence level of a Best Practice that may be handed over. */
  minimumEvidence: Schema.optionalWith(EvidenceLevel, { default: () => "goed-onderbouwd" as const }),
}) {}

/**
 * The thresholds of the programme's health (randvoorwaarden): amber and red limits for staffing,
 * commitment and budget.
 * @category governance
 */
export class HealthSettings extends Schema.Class<HealthSettings>("HealthSettings")({
  /** An expert group needs at least this many voting members… */
  minimumMembers: Schema.optionalWith(Schema.Int.pipe(Schema.positive()), { default: () => 3 }),
  /** …from at least this many organisations. */
  minimumOrganisations: Schema.optionalWith(Schema.Int.pipe(Schema.positive()), { default: () => 2 }),
  /** A seat vacant this many days is amber, and red from the second number on. */
  vacancyAmberDays: Schema.optionalWith(Schema.NonNegativeInt, { default: () => 30 }),
  vacancyRedDays: Schema.optionalWith(Schema.NonNegativeInt, { default: () => 90 }),
  /** Members leaving an expert group in the last twelve months: amber from, red from. */
  turnoverAmber: Schema.optionalWith(Schema.NonNegativeInt, { default: () => 2 }),
  turnoverRed: Schema.optionalWith(Schema.NonNegativeInt, { default: () => 4 }),
  /** A municipality's track not started this many days after the accord: amber, red. */
  trackStartAmberDays: Schema.optionalWith(Schema.NonNegativeInt, { default: () => 90 }),
  trackStartRedDays: Schema.optionalWith(Schema.NonNegativeInt, { default: () => 180 }),
  /** A partner that has not confirmed its part of an accorded proposal this many days after the accord: amber, red. */
  confirmationAmberDays: Schema.optionalWith(Schema.NonNegativeInt, { default: () => 30 }),
  confirmationRedDays: Schema.optionalWith(Schema.NonNegativeInt, { default: () => 90 }),
  /** Share of the available budget committed or spent, in percent, from which budget is amber. */
  budgetAmberPercent: Schema.optionalWith(Schema.Int.pipe(Schema.between(1, 100)), { default: () => 90 }),
  /** The budget category that counts as research into the programme's effects. */
  researchCategory: Schema.optionalWith(Schema.NonEmptyTrimmedString, { default: () => "onderzoek" }),
  /** The budget categories that count as support of execution: the digital platform, communication. */
  supportCategories: Schema.optionalWith(Schema.Array(Schema.NonEmptyTrimmedString), {
    default: () => ["platform", "communicatie"],
  }),
}) {}

/** The programme's configurable settings; every field has a default. @category governance */
export class ProgrammeSettings extends Schema.Class<ProgrammeSettings>("ProgrammeSettings")({
  handover: Schema.optionalWith(HandoverSettings, { default: () => HandoverSettings.make({}) }),
  health: Schema.optionalWith(HealthSettings, { default: () => HealthSettings.make({}) }),
}) {}
