import { Schema } from "effect"

/**
 * The longest title, name or label a command takes, in UTF-16 code units: 200 (a title fits on
 * one line of a besluitenlijst).
 * @category kernel
 */
export const MaxTitleLength = 200

/**
 * The longest free text a command takes (a description, a rationale, remarks, a summary), in
 * UTF-16 code units: 10,000 (some four pages; the full document stays in the partner's own system).
 * @category kernel
 */
export const MaxTextLength = 10_000

// `isWellFormed` is in Node.js since 20; the ES2022 library this project compiles against lacks it.
const isWellFormed = (s: string): boolean => (s as unknown as { isWellFormed(): boolean }).isWellFormed()

const wellFormed = (self: Schema.Schema<string>): Schema.Schema<string> =>
  self.pipe(
    Schema.filter(isWellFormed, {
      message: () => "expected well-formed Unicode text (no lone surrogates)",
    }),
  )

const atMost = (self: Schema.Schema<string>, max: number): Schema.Schema<string> =>
  self.pipe(
    Schema.maxLength(max, {
      // Also asked when the value was no string at all: then there is no length to name.
      message: (issue) =>
        `expected at most ${max} characters${typeof issue.actual === "string" ? `, got ${issue.actual.length}` : ""}`,
    }),
  )

/**
 * Text a command takes: well-formed Unicode (no lone UTF-16 surrogates, which strict JSON parsers
 * refuse) and at most `maxLength` long.
 * @category kernel
 */
export const boundedText = (maxLength: number): Schema.Schema<string> => atMost(wellFormed(Schema.String), maxLength)

/**
 * Text a command requires: trimmed, not empty, well-formed Unicode and at most `maxLength` long.
 * @category kernel
 */
export const requiredText = (maxLength: number): Schema.Schema<string> =>
  atMost(wellFormed(Schema.NonEmptyTrimmedString), maxLength)

/** A title, name or label: required, at most {@link MaxTitleLength}. @category kernel */
export const Title = requiredText(MaxTitleLength).annotations({
  description: `A title: trimmed, not empty, well-formed Unicode, at most ${MaxTitleLength} characters`,
})

/** Free text that may be empty: at most {@link MaxTextLength}. @category kernel */
export const Text = boundedText(MaxTextLength).annotations({
  description: `Text: well-formed Unicode, at most ${MaxTextLength} characters`,
})

/** Free text that is required (a rationale, a reason): at most {@link MaxTextLength}. @category kernel */
export const RequiredText = requiredText(MaxTextLength).annotations({
  description: `Text: trimmed, not empty, well-formed Unicode, at most ${MaxTextLength} characters`,
})
