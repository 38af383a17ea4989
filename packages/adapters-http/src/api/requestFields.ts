import { Schema } from "effect"

// Request fields are plain strings with the core's patterns (no brands), so partners write plain
// values; the handlers turn them into the core's types.

/** A lowercase identifier with the core's pattern, at most `max` characters. */
export const slug = (max: number, what: string) =>
  Schema.String.pipe(
    Schema.pattern(new RegExp(`^[a-z0-9][a-z0-9._-]{0,${max - 1}}$`), {
      message: () => `expected ${what}: lowercase letters, digits, '.', '_' or '-' (at most ${max})`,
    }),
  )

/** The identifiers a request names, each with the core's pattern. */
export const OrganisationId = slug(64, "an organisation id")
export const PersonId = slug(64, "a person id")
export const BodyId = slug(64, "a body id")
export const ItemId = slug(80, "an item id")
export const DecisionId = slug(80, "a decision id")
export const PracticeId = slug(64, "a Best Practice id")
export const MilestoneId = slug(64, "a milestone id")
export const ProductId = slug(80, "a product id")
export const EvaluationId = slug(64, "an evaluation id")

/** A non-empty text without surrounding whitespace. */
export const Tekst = Schema.NonEmptyTrimmedString
