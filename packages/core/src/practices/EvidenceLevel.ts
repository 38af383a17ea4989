import { Schema } from "effect"

/**
 * How well an intervention's working is shown, on a ladder modelled on the Dutch recognition
 * system for interventions: well described; well founded; effective with first, good or strong
 * indications.
 * @category practices
 */
export const EvidenceLevel = Schema.Literal(
  "goed-beschreven",
  "goed-onderbouwd",
  "effectief-eerste-aanwijzingen",
  "effectief-goede-aanwijzingen",
  "effectief-sterke-aanwijzingen",
).annotations({ identifier: "EvidenceLevel" })
/** @category practices */
export type EvidenceLevel = typeof EvidenceLevel.Type

/** The ladder from the lowest level to the highest. @category practices */
export const evidenceLadder: ReadonlyArray<EvidenceLevel> = EvidenceLevel.literals

/** Whether `level` is at least `minimum` on the ladder. @category practices */
export const meetsEvidence = (level: EvidenceLevel, minimum: EvidenceLevel): boolean =>
  evidenceLadder.indexOf(level) >= evidenceLadder.indexOf(minimum)
