import { Governance, Kernel, Store } from "@weerbaar/core"
import { Effect, Either } from "effect"

/** What the demo tells as it plays: steps, what happened, and the forbidden shortcuts refused. */
export interface Narration {
  readonly steps: Array<{ readonly date: string; readonly text: string }>
  readonly refusals: Array<{ readonly shortcut: string; readonly codes: ReadonlyArray<string> }>
  readonly say: (line: string) => void
  readonly lang: "nl" | "en"
}

/** Moves the programme's clock to a day and announces the step. */
export const step = (narration: Narration, date: string, text: string) =>
  Effect.gen(function* () {
    yield* (yield* Store.ClockControl).set(`${date}T10:00:00Z`)
    narration.steps.push({ date, text })
    narration.say(`\n▸ ${date} · ${text}`)
  })

/** Tells what happened in a step. */
export const tell = (narration: Narration, line: string) => Effect.sync(() => narration.say(`  ${line}`))

/**
 * Tries a forbidden shortcut: it must be refused by a rule, and the refusal is printed in the
 * chosen language. A shortcut that is not refused is a defect of the rule book, not of the demo.
 */
export const forbidden = <A, E, R>(narration: Narration, shortcut: string, attempt: Effect.Effect<A, E, R>) =>
  Effect.gen(function* () {
    const result = yield* Effect.either(attempt)
    if (Either.isRight(result) || !(result.left instanceof Kernel.Refused)) {
      return yield* Effect.dieMessage(`the forbidden shortcut '${shortcut}' was not refused by a rule`)
    }
    narration.refusals.push({ shortcut, codes: result.left.codes })
    narration.say(`  ✘ ${narration.lang === "nl" ? "verboden kortere weg" : "forbidden shortcut"}: ${shortcut}`)
    for (const line of result.left.explain(narration.lang).split("\n")) narration.say(`      ${line}`)
  })

/**
 * An act the plan gives room for: it is done, and each rule it departs from is signalled to the
 * DVO with the actor's reason (comply or explain), printed in the chosen language.
 */
export const signalled = <R>(
  narration: Narration,
  act: string,
  attempt: Effect.Effect<{ readonly signals: ReadonlyArray<Kernel.RuleViolation> }, unknown, R>,
) =>
  Effect.gen(function* () {
    const { signals } = yield* Effect.orDie(attempt)
    if (signals.length === 0) return yield* Effect.dieMessage(`'${act}' was expected to be signalled`)
    narration.say(`  ⚑ ${narration.lang === "nl" ? "gesignaleerd" : "signalled"}: ${act}`)
    for (const s of signals) {
      narration.say(`      ${s.code}: ${s.explanation[narration.lang]}`)
      if (s.reason !== undefined) narration.say(`      ${narration.lang === "nl" ? "reden" : "reason"}: ${s.reason}`)
    }
  })

/** A meeting of `body` on `date` where every voting member is present and agrees. */
export const meeting = (model: Governance.GovernanceModel, body: string, date: string, rationale: string) => ({
  meetingDate: Kernel.calendarDate(date),
  attendance: Governance.votingMembersOn(model, Governance.BodyId.make(body), Kernel.calendarDate(date)),
  recused: [],
  votes: [],
  rationale,
})
