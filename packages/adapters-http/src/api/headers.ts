import { Schema } from "effect"
import { QueryText } from "./requestFields.js"

/** The most characters of an `Idempotency-Key`. @category contract */
export const maxIdempotencyKeyLength = 200

const IdempotencyKey = Schema.String.pipe(
  Schema.minLength(1, { message: () => `expected 1 to ${maxIdempotencyKeyLength} characters` }),
  Schema.maxLength(maxIdempotencyKeyLength, { message: () => `expected 1 to ${maxIdempotencyKeyLength} characters` }),
).annotations({
  description: `Retrying with the same key (at most ${maxIdempotencyKeyLength} characters) and the same request returns the first response and writes nothing new; the same key with another body or on another endpoint is refused with 422`,
})

/** Request headers of a POST that creates: an optional idempotency key. @category contract */
export const CreateHeaders = Schema.Struct({
  "idempotency-key": Schema.optional(IdempotencyKey),
})

/**
 * Request headers of a state-changing request: `If-Match` and an optional idempotency key.
 * `If-Match` is required: without it the answer is 428 (or, with other invalid fields, the 400
 * that lists them all); a value that is no ETag of this API is a 400.
 * @category contract
 */
export const ChangeHeaders = Schema.Struct({
  "if-match": QueryText.pipe(
    Schema.pattern(/^\s*(W\/)?"\d{1,12}"\s*$/, { message: () => 'expected an ETag of this API, such as "3"' }),
  ).annotations({ description: "The ETag of the resource as last read" }),
  ...CreateHeaders.fields,
})
