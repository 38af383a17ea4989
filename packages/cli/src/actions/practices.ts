import { Governance, Practice, Programme } from "@weerbaar/core"
import { Effect, Option } from "effect"
import { BadInput } from "../cli/errors.js"
import type { Global } from "../cli/global.js"
import type { Output } from "../cli/output.js"
import { actorOf, dateOrToday, decodeInput } from "../runtime/input.js"
import { type DecisionRecordArgs, decisionRecord, recordOptions } from "../runtime/decisionRecord.js"
import { onStore } from "../runtime/services.js"
import { executedJson, executedText } from "./executed.js"

/** Where to look for the options. */
export const next = "see `weerbaar best-practice --help`"

/** Executes the practice command `build` makes for `--as`, and answers its new status. */
export const run = (
  global: Global,
  practiceId: string,
  build: (
    actor: Governance.PersonId,
  ) => Effect.Effect<
    Practice.PracticeCommand,
    BadInput | Programme.ReadError | Programme.NoGovernanceModel,
    Programme.ProgrammeServices
  >,
) =>
  onStore(
    global.db,
    Effect.gen(function* () {
      const actor = yield* actorOf(global)
      const practices = yield* Practice.Practices
      const command = yield* build(actor)
      const executed = yield* practices.execute(actor, command)
      const state = yield* practices.practice(command.practiceId)
      const status = state.exists ? state.status : "onbekend"
      return {
        json: { practiceId, status, ...executedJson(executed, global.lang) },
        text: `${practiceId}: ${status}\n${executedText(executed, global.lang)}`,
      } satisfies Output
    }),
  )

/** `best-practice register`: an expert group inventories a candidate. */
export const registerPractice = (
  global: Global,
  args: {
    id: string
    theme: string
    title: string
    description: string
    origin: string
    source: string
    effect: ReadonlyArray<string>
  },
) =>
  run(global, args.id, () =>
    decodeInput(
      Practice.RegisterPractice,
      next,
    )({
      _tag: "RegisterPractice",
      practiceId: args.id,
      theme: args.theme,
      title: args.title,
      description: args.description,
      origin: args.origin,
      source: args.source,
      intendedEffects: args.effect,
    }),
  )

/** `best-practice document`: the dossier others adopt it from. */
export const documentPractice = (
  global: Global,
  args: { id: string; description: string; context: string; conditions: string; agreements: string },
) =>
  run(global, args.id, () =>
    decodeInput(
      Practice.DocumentPractice,
      next,
    )({
      _tag: "DocumentPractice",
      practiceId: args.id,
      documentation: {
        description: args.description,
        context: args.context,
        conditions: args.conditions,
        executionAgreements: args.agreements,
      },
    }),
  )

/** `best-practice designate`: the Stuurgroep's decision naming a pilot municipality, taken in its meeting. */
export const designate = (
  global: Global,
  args: DecisionRecordArgs & { id: string; municipality: string; decisionId: string; rationale: string },
) =>
  run(global, args.id, () =>
    Effect.gen(function* () {
      const model = yield* (yield* Programme.ProgrammeRuntime).model
      const stuurgroep = Option.getOrUndefined(Governance.bodyOfLevel(model, "besturing"))?.id ?? "stuurgroep"
      const record = yield* decisionRecord(args, stuurgroep, args.rationale)
      return yield* decodeInput(
        Practice.DesignatePilotMunicipality,
        next,
        recordOptions,
      )({
        _tag: "DesignatePilotMunicipality",
        practiceId: args.id,
        municipality: args.municipality,
        decisionId: args.decisionId,
        ...record,
      })
    }),
  )

/** `best-practice start-pilot` and `start-execution`. */
export const start = (global: Global, args: { id: string; date: Option.Option<string> }, what: "pilot" | "execution") =>
  run(global, args.id, () =>
    Effect.flatMap(
      dateOrToday(args.date),
      (startedOn): Effect.Effect<Practice.PracticeCommand, BadInput> =>
        what === "pilot"
          ? decodeInput(Practice.StartPilot, next)({ _tag: "StartPilot", practiceId: args.id, startedOn })
          : decodeInput(Practice.StartExecution, next)({ _tag: "StartExecution", practiceId: args.id, startedOn }),
    ),
  )

/** `best-practice reject` and `stop`: the expert group drops a candidate, or stops its pilot or execution. */
export const end = (global: Global, args: { id: string; reason: string }, how: "reject" | "stop") =>
  run(global, args.id, () =>
    how === "reject"
      ? decodeInput(Practice.RejectPractice, next)({ _tag: "RejectPractice", practiceId: args.id, reason: args.reason })
      : decodeInput(Practice.StopPractice, next)({ _tag: "StopPractice", practiceId: args.id, reason: args.reason }),
  )

/** `best-practice evaluate`: an evaluation of the pilot or of the execution. */
export const evaluate = (
  global: Global,
  args: {
    id: string
    kind: string
    method: string
    findings: string
    evidence: string
    by: string
    effect: ReadonlyArray<string>
    date: Option.Option<string>
    evaluationId: Option.Option<string>
  },
) =>
  run(global, args.id, () =>
    Effect.gen(function* () {
      const evaluatedOn = yield* dateOrToday(args.date)
      const measuredEffects = yield* Effect.forEach(args.effect, (e) => {
        const [effect, result] = e.split("=", 2)
        return effect === undefined || result === undefined || effect.trim() === "" || result.trim() === ""
          ? Effect.fail(
              new BadInput({ problem: `'${e}' is not a measured effect`, next: "write --effect effect=result" }),
            )
          : Effect.succeed({ effect: effect.trim(), result: result.trim() })
      })
      return yield* decodeInput(
        Practice.RecordEvaluation,
        next,
      )({
        _tag: "RecordEvaluation",
        practiceId: args.id,
        evaluation: {
          evaluationId: Option.getOrElse(args.evaluationId, () => `ev-${args.kind}-${evaluatedOn}`),
          kind: args.kind,
          method: args.method,
          findings: args.findings,
          measuredEffects,
          evidenceLevel: args.evidence,
          evaluatedOn,
          evaluatedBy: args.by,
        },
      })
    }),
  )

/** `best-practice link`: links a practice to a related one (coherence); the link shows on both. */
export const linkPractices = (global: Global, args: { id: string; related: string; note: string }) =>
  run(global, args.id, () =>
    decodeInput(Practice.LinkPractices, next, { related: "--related", note: "--note" })({
      _tag: "LinkPractices",
      practiceId: args.id,
      related: args.related,
      note: args.note,
    }),
  )

/** `best-practice network-agreement`: the DVO takes note of an agreement of the network its municipalities execute. */
export const networkAgreement = (
  global: Global,
  args: DecisionRecordArgs & {
    id: string
    theme: string
    title: string
    description: string
    source: string
    effect: ReadonlyArray<string>
    agreement: string
    agreedBy: string
    proposedBy: Option.Option<string>
    agreedOn: string
    reference: Option.Option<string>
    decisionId: string
    rationale: string
  },
) =>
  run(global, args.id, () =>
    Effect.gen(function* () {
      const model = yield* (yield* Programme.ProgrammeRuntime).model
      const dvo = Option.getOrUndefined(Governance.bodyOfLevel(model, "bestuurlijk"))?.id ?? "dvo"
      const record = yield* decisionRecord(args, dvo, args.rationale)
      return yield* decodeInput(
        Practice.RegisterNetworkAgreement,
        next,
        recordOptions,
      )({
        _tag: "RegisterNetworkAgreement",
        practiceId: args.id,
        theme: args.theme,
        title: args.title,
        description: args.description,
        origin: "elders-nl",
        source: args.source,
        intendedEffects: args.effect,
        agreement: {
          name: args.agreement,
          agreedBy: args.agreedBy,
          ...Option.match(args.proposedBy, { onNone: () => ({}), onSome: (proposedBy) => ({ proposedBy }) }),
          agreedOn: args.agreedOn,
          ...Option.match(args.reference, { onNone: () => ({}), onSome: (reference) => ({ reference }) }),
        },
        decisionId: args.decisionId,
        ...record,
      })
    }),
  )
