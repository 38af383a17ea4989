import { Clock, Context, Effect, Layer } from "effect"

/**
 * Sets the programme's clock: the time the decider sees as "now" and the store records.
 * Provided by {@link ProgrammeClock.settable}.
 * @category ports
 */
export class ClockControl extends Context.Tag("@weerbaar/core/ClockControl")<
  ClockControl,
  {
    /** Moves the clock to a moment (an ISO timestamp or a `Date`). */
    readonly set: (at: string | Date) => Effect.Effect<void>
    /** Moves the clock forward by whole days. */
    readonly advanceDays: (days: number) => Effect.Effect<void>
  }
>() {}

/**
 * Clocks for the programme. weerbaar reads time through Effect's `Clock` service, so tests use
 * `TestClock`, production the live clock, and replays of history (the demo, an import) a clock
 * that is set by hand.
 * @category ports
 */
export const ProgrammeClock = {
  /**
   * A clock that stands still at `start` until set or advanced through {@link ClockControl};
   * sleeping is real time.
   * @example
   * ```ts
   * Effect.gen(function* () {
   *   const clock = yield* ClockControl
   *   yield* clock.set("2016-03-01T10:00:00Z")
   * }).pipe(Effect.provide(ProgrammeClock.settable("2015-09-03T10:00:00Z")))
   * ```
   */
  settable: (start: string | Date): Layer.Layer<ClockControl> => {
    let millis = new Date(start).getTime()
    const live = Clock.make()
    const clock: Clock.Clock = {
      [Clock.ClockTypeId]: Clock.ClockTypeId,
      unsafeCurrentTimeMillis: () => millis,
      currentTimeMillis: Effect.sync(() => millis),
      unsafeCurrentTimeNanos: () => BigInt(millis) * 1_000_000n,
      currentTimeNanos: Effect.sync(() => BigInt(millis) * 1_000_000n),
      sleep: (duration) => live.sleep(duration),
    }
    const control = Layer.succeed(ClockControl, {
      set: (at) =>
        Effect.sync(() => {
          millis = new Date(at).getTime()
        }),
      advanceDays: (days) =>
        Effect.sync(() => {
          millis += days * 86_400_000
        }),
    })
    return Layer.merge(Layer.setClock(clock), control)
  },
}
