import { Schema } from "effect"

// Header values are checked by the handlers, so that a bad one is named `header.<name>` in the 400.

/** Request headers of a POST that creates: an optional idempotency key. @category contract */
export const CreateHeaders = Schema.Struct({
  "idempotency-key": Schema.optional(
    Schema.String.annotations({
      description:
        "Retrying with the same key (at most 200 characters) returns the first response and writes nothing new",
    }),
  ),
})

/** Request headers of a state-changing request: `If-Match` (required) and an optional idempotency key. @category contract */
export const ChangeHeaders = Schema.Struct({
  "if-match": Schema.optional(
    Schema.String.annotations({ description: "The ETag of the resource as last read; required" }),
  ),
  ...CreateHeaders.fields,
})
