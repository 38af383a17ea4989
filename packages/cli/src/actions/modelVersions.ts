import { Governance, Kernel, Programme, Route, Store } from "@weerbaar/core"
import { Effect, Option } from "effect"
import { BadInput } from "../cli/errors.js"
import type { Global } from "../cli/global.js"
import type { Output } from "../cli/output.js"
import { actorOf, idOf, parseDate } from "../runtime/input.js"
import { readModelFile } from "../runtime/modelFile.js"
import { onStore } from "../runtime/services.js"
import { table } from "../runtime/table.js"

const basisText = (v: Governance.ModelVersion): string => {
  const basis = v.basis
  if (basis === undefined) return "vastgesteld (vóór versies)"
  switch (basis._tag) {
    case "oprichting":
      return "oprichting (concept)"
    case "besluit":
      return `besluit ${basis.decisionId} van ${basis.body} (${basis.meetingDate}) over ${basis.itemId}`
    case "lidmaatschappen":
      return "lidmaatschappen"
  }
}

const versionJson = (v: Governance.ModelVersion) => ({
  version: v.version,
  validFrom: v.validFrom,
  decided: v.decided,
  basis: v.basis ?? null,
  adoptedBy: v.adoptedBy,
  at: v.at,
  fingerprint: Governance.modelFingerprint(v.model),
})

/** `model versions`: every version of the rule book. */
export const versions = (global: Global) =>
  onStore(
    global.db,
    Effect.gen(function* () {
      const all = yield* (yield* Programme.Programme).versions
      return {
        json: all.map(versionJson),
        text: table(
          ["versie", "geldig vanaf", "status", "grondslag", "door"],
          all.map((v) => [
            String(v.version),
            v.validFrom,
            v.decided ? "vastgesteld" : "concept",
            basisText(v),
            v.adoptedBy,
          ]),
        ),
      } satisfies Output
    }),
  )

/** `model fingerprint FILE`: the fingerprint a programme plan or adjustment names. */
export const fingerprint = (_global: Global, args: { file: string }) =>
  Effect.map(readModelFile(args.file, "the file"), (model): Output => {
    const value = Governance.modelFingerprint(model)
    return { json: { file: args.file, fingerprint: value }, text: value }
  })

/** `model adopt FILE`: a new version of the rule book. */
export const adopt = (
  global: Global,
  args: {
    file: string
    item: Option.Option<string>
    decision: Option.Option<string>
    validFrom: Option.Option<string>
  },
) =>
  onStore(
    global.db,
    Effect.gen(function* () {
      if (Option.isSome(args.item) !== Option.isSome(args.decision)) {
        return yield* new BadInput({
          problem: "--item and --decision go together: the DVO's decision on that programme plan or adjustment",
          next: "pass both, or neither for a change of memberships only",
        })
      }
      const actor = yield* actorOf(global)
      const model = yield* readModelFile(args.file, "the file")
      const decision =
        Option.isSome(args.item) && Option.isSome(args.decision)
          ? {
              decision: {
                itemId: yield* idOf(
                  Route.ItemId,
                  args.item.value,
                  `'${args.item.value}' is not an item id`,
                  "pass --item with the plan's id",
                ),
                decisionId: yield* idOf(
                  Route.DecisionId,
                  args.decision.value,
                  `'${args.decision.value}' is not a decision id`,
                  "pass --decision with the DVO's decision id",
                ),
              },
            }
          : {}
      const validFrom = Option.isSome(args.validFrom)
        ? { validFrom: Kernel.calendarDate(yield* parseDate(args.validFrom.value, "--valid-from")) }
        : {}
      const programme = yield* Programme.Programme
      yield* programme.adoptModel(model, actor, { ...decision, ...validFrom })
      const adopted = (yield* programme.versions).at(-1)!
      return {
        json: versionJson(adopted),
        text: `version ${adopted.version}: ${adopted.decided ? "vastgesteld" : "concept"}, valid from ${adopted.validFrom} — ${basisText(adopted)}`,
      } satisfies Output
    }),
  )

/** `model what-if FILE`: the past acts whose outcome would differ under the proposed version. */
export const whatIf = (global: Global, args: { file: string; from: Option.Option<string> }) =>
  onStore(
    global.db,
    Effect.gen(function* () {
      const proposed = yield* readModelFile(args.file, "the file")
      const from = Option.isSome(args.from)
        ? { from: Kernel.calendarDate(yield* parseDate(args.from.value, "--from")) }
        : {}
      const events = yield* Effect.flatMap(Store.EventStore, (s) => s.readAll())
      const differences = Programme.whatIf(events, proposed, from)
      const outcomeText = (d: Programme.WhatIfDifference) =>
        d.outcome._tag === "refused"
          ? `geweigerd: ${d.outcome.codes.join(", ")}`
          : `gesignaleerd: ${d.outcome.codes.join(", ") || "(geen)"}${d.signalledThen.length > 0 ? ` (was ${d.signalledThen.join(", ")})` : ""}`
      return {
        json: differences,
        text:
          differences.length === 0
            ? "no act would have another outcome under this version"
            : table(
                ["datum", "stuk", "handeling", "door", "uitkomst"],
                differences.map((d) => [d.date, d.streamId.replace(/^item-/, ""), d.command, d.actor, outcomeText(d)]),
              ),
      } satisfies Output
    }),
  )
