import { Kernel } from "@weerbaar/core"
import { Schema } from "effect"

// Request fields are plain strings with the core's patterns (no brands), so partners write plain
// values; the handlers turn them into the core's types.

/** A lowercase identifier with the core's pattern, at most `max` characters. */
export const slug = (max: number, what: string) =>
  Schema.String.pipe(
    Schema.maxLength(max, { message: () => `expected ${what} of at most ${max} characters` }),
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
export const MeetingId = slug(80, "a meeting id")
export const WrittenRoundId = slug(80, "a written round id")

/** A required text (a reason, a finding): trimmed, not empty, well-formed, bounded (core's `RequiredText`). */
export const Tekst = Kernel.RequiredText

/** A title or name: trimmed, not empty, well-formed, bounded (core's `Title`). */
export const Titel = Kernel.Title

/** A free text that may be empty: well-formed, bounded (core's `Text`). */
export const Omschrijving = Kernel.Text

/** The most elements a list in a request holds (attendance, votes, effects, Best Practices). */
export const maxListLength = 100

/** A list of at most {@link maxListLength} elements. */
export const List = <A, I, R>(element: Schema.Schema<A, I, R>) =>
  Schema.Array(element).pipe(
    Schema.maxItems(maxListLength, { message: () => `expected at most ${maxListLength} elements` }),
  )

/** A string in a query or a path: well-formed and at most 200 characters. */
export const QueryText = Kernel.boundedText(200)

/**
 * How every request body is decoded: every invalid field reported, and a field the schema does
 * not know refused (the document says `additionalProperties: false`), so a typo is never ignored.
 */
export const requestBody = (identifier: string) =>
  ({
    identifier,
    parseOptions: { errors: "all", onExcessProperty: "error" },
  }) as const
