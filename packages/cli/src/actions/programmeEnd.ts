import { Governance, Handover, Programme } from "@weerbaar/core"
import { Effect, Option } from "effect"
import type { Global } from "../cli/global.js"
import type { Output } from "../cli/output.js"
import { type DecisionRecordArgs, decisionRecord, recordOptions } from "../runtime/decisionRecord.js"
import { actorOf, decodeInput } from "../runtime/input.js"
import { onStore } from "../runtime/services.js"
import { executedJson, executedText } from "./executed.js"

/** `programme end`: the DVO ends the programme, in its meeting or by written round. */
export const end = (
  global: Global,
  args: DecisionRecordArgs & { decisionId: string; rationale: string; reason: Option.Option<string> },
) =>
  onStore(
    global.db,
    Effect.gen(function* () {
      const actor = yield* actorOf(global)
      const model = yield* (yield* Programme.ProgrammeRuntime).model
      const dvo = Option.getOrUndefined(Governance.bodyOfLevel(model, "bestuurlijk"))?.id ?? "dvo"
      const command = yield* decodeInput(
        Handover.EndProgramme,
        "see `weerbaar programme end --help`",
        recordOptions,
      )({
        _tag: "EndProgramme",
        decisionId: args.decisionId,
        ...(yield* decisionRecord(args, dvo, args.rationale)),
        ...Option.match(args.reason, { onNone: () => ({}), onSome: (reason) => ({ reason }) }),
      })
      const executed = yield* (yield* Handover.Handover).endProgramme(actor, command)
      return {
        json: { decisionId: args.decisionId, ...executedJson(executed, global.lang) },
        text: `the programme ended by ${args.decisionId}\n${executedText(executed, global.lang)}`,
      } satisfies Output
    }),
  )
