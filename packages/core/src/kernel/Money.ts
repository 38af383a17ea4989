import { Schema } from "effect"

/**
 * An amount of money in whole euro cents, never negative.
 *
 * @example
 * ```ts
 * const tienDuizendEuro = Schema.decodeSync(Cents)(1_000_000)
 * ```
 * @category kernel
 */
export const Cents = Schema.NonNegativeInt.pipe(
  Schema.brand("Cents"),
  Schema.annotations({ identifier: "Cents", description: "An amount in euro cents, a non-negative integer" }),
)
/** @category kernel */
export type Cents = typeof Cents.Type

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
