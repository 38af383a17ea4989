import { type Brand, Schema } from "effect"

const isRealDate = (s: string): boolean => {
  const d = new Date(`${s}T00:00:00Z`)
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s
}

/**
 * A calendar date without time zone, `YYYY-MM-DD` (ISO 8601), as bodies date their meetings
 * and memberships. Dates compare correctly as strings.
 *
 * @example
 * ```ts
 * Schema.decodeSync(CalendarDate)("2015-09-03")
 * ```
 * @category kernel
 */
export const CalendarDate = Schema.String.pipe(
  Schema.pattern(/^\d{4}-\d{2}-\d{2}$/, { message: () => "expected a date as YYYY-MM-DD" }),
  Schema.filter(isRealDate, { message: () => "expected an existing calendar date" }),
  Schema.brand("CalendarDate"),
  Schema.annotations({
    identifier: "CalendarDate",
    description: "A calendar date, YYYY-MM-DD",
    jsonSchema: { type: "string", format: "date" },
    arbitrary: () => (fc) =>
      fc
        .date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date("2099-12-31T00:00:00Z"), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 10) as string & Brand.Brand<"CalendarDate">),
  }),
)
/** @category kernel */
export type CalendarDate = typeof CalendarDate.Type

/**
 * A moment in time as an ISO 8601 UTC timestamp (`2016-03-01T10:00:00.000Z`).
 * @category kernel
 */
export const Timestamp = Schema.String.pipe(
  Schema.pattern(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/, {
    message: () => "expected an ISO 8601 UTC timestamp",
  }),
  Schema.brand("Timestamp"),
  Schema.annotations({
    identifier: "Timestamp",
    jsonSchema: { type: "string", format: "date-time" },
    arbitrary: () => (fc) =>
      fc
        .date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date("2099-12-31T00:00:00Z"), noInvalidDate: true })
        .map((d) => d.toISOString() as string & Brand.Brand<"Timestamp">),
  }),
)
/** @category kernel */
export type Timestamp = typeof Timestamp.Type

/** The calendar date (UTC) of a timestamp. @category kernel */
export const dateOf = (at: Timestamp | Date): CalendarDate =>
  (typeof at === "string" ? at.slice(0, 10) : at.toISOString().slice(0, 10)) as CalendarDate

/** A `Date` as a {@link Timestamp}. @category kernel */
export const timestampOf = (at: Date): Timestamp => at.toISOString() as Timestamp

/** Unchecked conversion for literals known to be valid, such as the dates of a preset. @category kernel */
export const calendarDate = (s: string): CalendarDate => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s) || !isRealDate(s)) throw new Error(`not a calendar date: ${s}`)
  return s as CalendarDate
}

/** Days from `from` to `to` (negative when `to` is earlier). @category kernel */
export const daysBetween = (from: CalendarDate, to: CalendarDate): number =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000)

/** The date `days` after `date`. @category kernel */
export const addDays = (date: CalendarDate, days: number): CalendarDate =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10) as CalendarDate
