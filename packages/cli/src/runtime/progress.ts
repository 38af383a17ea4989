import { Effect } from "effect"

/**
 * Shows that long work is going on, on stderr (stdout stays for the result): a spinner with the
 * seconds elapsed on a terminal, otherwise one line at the start and one at the end.
 */
export const withProgress = <A, E, R>(label: string, effect: Effect.Effect<A, E, R>): Effect.Effect<A, E, R> =>
  Effect.suspend(() => {
    const started = Date.now()
    const seconds = () => ((Date.now() - started) / 1000).toFixed(1)
    const tty = process.stderr.isTTY === true
    const frames = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"]
    let frame = 0
    const timer = tty
      ? setInterval(() => process.stderr.write(`\r${frames[frame++ % frames.length]} ${label} ${seconds()} s`), 100)
      : undefined
    if (!tty) process.stderr.write(`${label}…\n`)
    return effect.pipe(
      Effect.ensuring(
        Effect.sync(() => {
          if (timer !== undefined) clearInterval(timer)
          process.stderr.write(`${tty ? "\r" : ""}${label}: ${seconds()} s\n`)
        }),
      ),
    )
  })
