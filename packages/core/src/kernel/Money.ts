import { Schema } from "effect"

/**
 * The largest amount of one budget line, spending report or other single amount: 10^11 cents,
 * € 1.000.000.000,00 — far above any line of a municipal programme.
 * @category kernel
 */
export const MaxLineCents = 100_000_000_000

/**
 * The largest total of one budget, and the largest available budget of a programme: 10^12 cents,
 * € 10.000.000.000,00. Because the budget ledger commits only within the available budget, what it
 * holds stays below this too, and every sum of amounts stays far inside `Number.MAX_SAFE_INTEGER`
 * (about 9 * 10^15).
 * @category kernel
 */
export const MaxTotalCents = 1_000_000_000_000

// A message annotation is also asked when the value failed an earlier check (it was no number at
// all): only then is `actual` anything but a number, and it must not be converted blindly.
const atMostCents = (max: number) => ({
  message: (issue: { readonly actual: unknown }) =>
    `expected at most ${max} cents (${formatEuro(max)})${typeof issue.actual === "number" ? `, got ${issue.actual}` : ""}`,
})

/**
 * An amount of money in whole euro cents, never negative, at most {@link MaxLineCents}.
 *
 * @example
 * ```ts
 * const tienDuizendEuro = Schema.decodeSync(Cents)(1_000_000)
 * ```
 * @category kernel
 */
export const Cents = Schema.NonNegativeInt.pipe(
  Schema.lessThanOrEqualTo(MaxLineCents, atMostCents(MaxLineCents)),
  Schema.brand("Cents"),
  Schema.annotations({
    identifier: "Cents",
    description: `An amount in euro cents, a non-negative integer of at most ${MaxLineCents}`,
  }),
)
/** @category kernel */
export type Cents = typeof Cents.Type

/**
 * A total in euro cents (a programme's available budget), never negative, at most
 * {@link MaxTotalCents}.
 * @category kernel
 */
export const TotalCents = Schema.NonNegativeInt.pipe(
  Schema.lessThanOrEqualTo(MaxTotalCents, atMostCents(MaxTotalCents)),
  Schema.brand("Cents"),
  Schema.annotations({
    identifier: "TotalCents",
    description: `A total in euro cents, a non-negative integer of at most ${MaxTotalCents}`,
  }),
)

/** Unchecked conversion for amounts known to be valid. @category kernel */
export const cents = (n: number): Cents => n as Cents

/** Formats cents as euros the Dutch way: `€ 12.500,00`. @category kernel */
export const formatEuro = (amount: number): string => {
  const sign = amount < 0 ? "-" : ""
  const abs = Math.abs(amount)
  const euros = Math.floor(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ".")
  return `${sign}€ ${euros},${(abs % 100).toString().padStart(2, "0")}`
}
