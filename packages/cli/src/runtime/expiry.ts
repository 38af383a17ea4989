import { Either } from "effect"

const units = { h: 3_600_000, d: 86_400_000 } as const

/**
 * The moment a token given `--expires` stops working: a date `YYYY-MM-DD` (its start, 00:00 UTC),
 * a UTC timestamp `YYYY-MM-DDTHH:MM:SSZ`, or a duration from `now` in hours or days (`12h`,
 * `90d`). Left is why the input is not one of these.
 */
export const expiryOf = (input: string, now: Date): Either.Either<Date, string> => {
  const duration = /^(\d{1,5})([hd])$/.exec(input)
  if (duration !== null) {
    const [, amount, unit] = duration
    return Either.right(new Date(now.getTime() + Number(amount) * units[unit as keyof typeof units]))
  }
  const date = /^\d{4}-\d{2}-\d{2}$/.test(input)
    ? new Date(`${input}T00:00:00Z`)
    : /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?Z$/.test(input)
      ? new Date(input)
      : undefined
  // A date that does not exist (2027-02-30) must not roll over into the next month.
  if (date === undefined || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== input.slice(0, 10)) {
    return Either.left(
      `'${input}' is neither a date (2027-01-01), a UTC time (2027-01-01T12:00:00Z) nor a duration (90d, 12h)`,
    )
  }
  return Either.right(date)
}
