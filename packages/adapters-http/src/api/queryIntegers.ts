import { Schema } from "effect"

/**
 * A whole number in a query parameter, written as plain decimal digits between `minimum` and
 * `maximum`: `16` and `0`, never `0x10`, `1e2`, `+5`, `-1`, ` 5` or `016` (a leading zero is refused, so
 * every number has one spelling). The OpenAPI document gives it as an integer with both bounds.
 * @category contract
 */
export const DecimalInteger = (minimum: number, maximum: number) =>
  Schema.String.pipe(
    Schema.pattern(/^(0|[1-9][0-9]{0,15})$/, {
      message: () => `expected a whole number in plain decimal digits without a leading zero (${minimum}–${maximum})`,
    }),
  ).pipe(
    Schema.compose(Schema.NumberFromString),
    Schema.compose(
      Schema.Number.pipe(
        Schema.int(),
        Schema.between(minimum, maximum, { message: () => `expected a number from ${minimum} to ${maximum}` }),
      ),
    ),
    Schema.annotations({ jsonSchema: { type: "integer", minimum, maximum } }),
  )
