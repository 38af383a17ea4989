import { meetingOf } from "@weerbaar/core/testing"
import { assert, describe, it } from "@effect/vitest"
import { Either, FastCheck as fc } from "effect"
import { Governance, Kernel, Practice, Programme, Route } from "@weerbaar/core"
import { accordedPractice, ctx, inPilot, model, practiceId } from "../support/practiceFixtures.js"
import { play, scenario } from "../support/routeScenario.js"

// Three models of the same preset: without forces, with every force at weigeren named, and with
// every rule that is no invariant at signaleren.
const bare: Governance.GovernanceModel = { ...model, forces: undefined }
const everyRuleRefuses: Governance.RuleForces = Object.fromEntries(
  Governance.ruleBook.map((rule) => [rule.code, "weigeren" as const]),
)
const everyRoomSignalled: Governance.RuleForces = Object.fromEntries(
  Governance.ruleBook.filter((rule) => rule.invariant !== true).map((rule) => [rule.code, "signaleren" as const]),
)
const explicit: Governance.GovernanceModel = { ...model, forces: everyRuleRefuses }
const signalling: Governance.GovernanceModel = { ...model, forces: everyRoomSignalled }

const municipalities = ["rheden", "ede", "rozendaal", "om-oost-nederland"]
const actors = [
  Governance.PersonId.make("burgemeester-rheden"),
  Governance.PersonId.make("burgemeester-ede"),
  Governance.PersonId.make("burgemeester-rozendaal"),
  Governance.PersonId.make("trekker-eg-ondermijnende-criminaliteit"),
  Governance.PersonId.make("secretaris-dvo"),
  Governance.PersonId.make("manager-riec"),
]
const practices = [inPilot(), accordedPractice()]
const reason = "Maatwerk: de gemeente legt uit waarom."

const trackScenario = fc.record({
  practice: fc.nat(),
  municipality: fc.nat(),
  steps: fc.array(
    fc.record({
      exempt: fc.oneof({ weight: 1, arbitrary: fc.constant(true) }, { weight: 4, arbitrary: fc.constant(false) }),
      to: fc.constantFrom(...Practice.TrackPhase.literals),
      actor: fc.nat(),
      reason: fc.boolean(),
      future: fc.oneof({ weight: 1, arbitrary: fc.constant(true) }, { weight: 6, arbitrary: fc.constant(false) }),
    }),
    { minLength: 1, maxLength: 20 },
  ),
})
type TrackScenario = typeof trackScenario extends fc.Arbitrary<infer A> ? A : never
type Outcome = Either.Either<Kernel.Decision<Practice.TrackEvent>, Kernel.Refused>

/** The commands of a track scenario, each with its actor and context (the model set per play). */
const commandsOf = (s: TrackScenario) => {
  const practice = Kernel.fold(Practice.practiceDecider, practices[s.practice % practices.length]!)
  const municipality = Governance.OrganisationId.make(municipalities[s.municipality % municipalities.length]!)
  return s.steps.map((step, n) => {
    const date = Kernel.calendarDate(new Date(Date.UTC(2016, 5, 1 + n)).toISOString().slice(0, 10))
    const command: Practice.TrackCommand = step.exempt
      ? new Practice.GrantExemption({
          practiceId,
          municipality,
          decisionId: Route.DecisionId.make(`dvo-${n}`),
          ...meetingOf(model, "dvo", date),
          reason: "Niet van toepassing.",
        })
      : new Practice.MoveTrack({
          practiceId,
          municipality,
          to: step.to,
          on: step.future ? Kernel.calendarDate("2030-01-01") : date,
          ...(step.reason ? { reason } : {}),
        })
    const actor = actors[step.actor % actors.length]!
    return { command, context: (m: Governance.GovernanceModel) => ({ ...ctx(actor, date, m), practice }) }
  })
}

/** Plays the track scenario under `m`: each outcome decided on the state its model's own history reached. */
const playTracks = (
  s: TrackScenario,
  m: Governance.GovernanceModel,
  check: (outcome: Outcome, onBare: Outcome) => void = () => {},
) => {
  const events: Array<Practice.TrackEvent> = []
  const outcomes: Array<Outcome> = []
  for (const { command, context } of commandsOf(s)) {
    const state = Kernel.fold(Practice.trackDecider, events)
    const outcome = Practice.trackDecider.decide(command, state, context(m))
    check(outcome, Practice.trackDecider.decide(command, state, context(bare)))
    outcomes.push(outcome)
    if (Either.isRight(outcome)) events.push(...outcome.right.events)
  }
  return { outcomes, events }
}

const plain = <E>(outcome: Either.Either<Kernel.Decision<E>, Kernel.Refused>) =>
  Either.match(outcome, {
    onLeft: (refused) => ({ refused: refused.violations.map((v) => [v.code, v.facts]) }),
    onRight: (decision) => ({ events: decision.events, signals: decision.signals.map((s) => [s.code, s.reason]) }),
  })

/**
 * What `signalling` must decide where the model without forces decided `onBare`: the same where it
 * was decided; where it was refused, refused by the invariants among its rules (and by
 * signal.reason-required for a rule that asks a reason the command does not give), else decided
 * with a signal of exactly every rule it failed, carrying the command's reason where the rule asks one.
 */
const assertSignalledWhereOnlyRoomFailed = <E>(
  outcome: Either.Either<Kernel.Decision<E>, Kernel.Refused>,
  onBare: Either.Either<Kernel.Decision<E>, Kernel.Refused>,
  given: string | undefined,
): "lifted" | "refused" | "same" => {
  if (Either.isRight(onBare)) {
    assert.deepStrictEqual(plain(outcome), plain(onBare))
    return "same"
  }
  const failed = onBare.left.violations
  const invariants = failed.filter((v) => v.invariant === true)
  const unexplained = given === undefined ? failed.filter((v) => v.invariant !== true && v.asksReason === true) : []
  if (invariants.length > 0 || unexplained.length > 0) {
    assert.isTrue(Either.isLeft(outcome), "refused by its invariants or a missing reason")
    if (Either.isLeft(outcome)) {
      assert.deepStrictEqual(
        [...outcome.left.codes].sort(),
        [...invariants.map((v) => v.code), ...unexplained.map(() => "signal.reason-required")].sort(),
      )
    }
    return "refused"
  }
  if (Either.isLeft(outcome)) return assert.fail(`expected signals, got:\n${outcome.left.explain("en")}`)
  assert.deepStrictEqual(
    outcome.right.signals.map((s) => [s.code, s.facts, s.reason]),
    failed.map((v) => [v.code, v.facts, v.asksReason === true ? given : undefined]),
  )
  // The act is stored with exactly these signals, one RuleSignalled each.
  const stored = Programme.signalWrite(
    [{ streamId: "act", expectedVersion: 0, events: [{ type: "Act", schemaVersion: 1, payload: {} }] }],
    outcome.right.signals,
    "actor",
    "2016-06-01T10:00:00.000Z" as Kernel.Timestamp,
  )
  assert.deepStrictEqual(
    stored?.events.map((e) => (e.payload as { code: string }).code),
    failed.map((v) => v.code),
  )
  return "lifted"
}

describe("rule forces over random command sequences", () => {
  it("with every force set to weigeren, tracks and approval routes decide exactly as a model without forces", () => {
    let refusals = 0
    fc.assert(
      fc.property(trackScenario, (s) => {
        const without = playTracks(s, bare)
        const named = playTracks(s, explicit)
        assert.deepStrictEqual(named.outcomes.map(plain), without.outcomes.map(plain))
        assert.deepStrictEqual(named.events, without.events)
        refusals += without.outcomes.filter(Either.isLeft).length
      }),
      { numRuns: 200 },
    )
    fc.assert(
      fc.property(scenario, (s) => {
        const without: Array<unknown> = []
        const named: Array<unknown> = []
        play(s, (_c, _a, result) => without.push(plain(result)), {})
        play(s, (_c, _a, result) => named.push(plain(result)), everyRuleRefuses)
        assert.deepStrictEqual(named, without)
      }),
      { numRuns: 100 },
    )
    assert.isAbove(refusals, 200, "the scenarios meet refusals")
  })

  it("with every rule that is no invariant at signaleren, a command is decided wherever only such rules failed, and carries exactly their signals", () => {
    const seen = { lifted: 0, refused: 0, same: 0 }
    fc.assert(
      fc.property(trackScenario, (s) => {
        const commands = commandsOf(s)
        let n = 0
        playTracks(s, signalling, (outcome, onBare) => {
          const command = commands[n++]!.command
          seen[assertSignalledWhereOnlyRoomFailed(outcome, onBare, "reason" in command ? command.reason : undefined)]++
        })
      }),
      { numRuns: 300 },
    )
    fc.assert(
      fc.property(scenario, (s) => {
        play(
          s,
          (command, actor, _result, { events, now, model: m }) => {
            // The route's own rules, on the state the signalling history reached (the policies' reactions
            // are judged by their own deciders, and run only once the command is decided).
            const state = events.reduce(Route.routeDecider.evolve, Route.routeDecider.initialState)
            const outcome = Route.routeDecider.decide(command, state, { actor, model: m, now })
            const onBare = Route.routeDecider.decide(command, state, { actor, model: { ...m, forces: undefined }, now })
            seen[
              assertSignalledWhereOnlyRoomFailed(outcome, onBare, "reason" in command ? command.reason : undefined)
            ]++
          },
          everyRoomSignalled,
        )
      }),
      { numRuns: 100 },
    )
    // Not vacuous: commands were lifted, still refused by an invariant, and decided alike.
    assert.isAbove(seen.lifted, 100)
    assert.isAbove(seen.refused, 100)
    assert.isAbove(seen.same, 100)
  })
})
