import { Practice } from "@weerbaar/core"
import { Effect, Option } from "effect"
import { BadInput } from "../cli/errors.js"
import type { Global } from "../cli/global.js"
import { decodeInput, idOf } from "../runtime/input.js"
import { next, run } from "./practices.js"

/** `best-practice revise`: the network's new version of a practice it took over; unnamed documentation fields stay. */
export const revisePractice = (
  global: Global,
  args: {
    id: string
    reason: string
    title: Option.Option<string>
    about: Option.Option<string>
    effect: ReadonlyArray<string>
    description: Option.Option<string>
    context: Option.Option<string>
    conditions: Option.Option<string>
    agreements: Option.Option<string>
  },
) =>
  run(global, args.id, () =>
    Effect.gen(function* () {
      const missing = `there is no Best Practice '${args.id}'`
      const state = yield* (yield* Practice.Practices).practice(
        yield* idOf(Practice.PracticeId, args.id, missing, "`weerbaar best-practice list` lists them"),
      )
      if (!state.exists)
        return yield* new BadInput({ problem: missing, next: "`weerbaar best-practice list` lists them" })
      const docFields = [args.description, args.context, args.conditions, args.agreements]
      const current = state.documentation
      // Without documentation to keep, a revision that documents names all four fields.
      if (current === undefined && docFields.some(Option.isSome) && !docFields.every(Option.isSome)) {
        return yield* new BadInput({
          problem: `${args.id} has no documentation yet: name --description, --context, --conditions and --agreements`,
          next,
        })
      }
      const field = (given: Option.Option<string>, old: string | undefined) => Option.getOrElse(given, () => old ?? "")
      const documentation = docFields.some(Option.isSome)
        ? {
            documentation: {
              description: field(args.description, current?.description),
              context: field(args.context, current?.context),
              conditions: field(args.conditions, current?.conditions),
              executionAgreements: field(args.agreements, current?.executionAgreements),
            },
          }
        : {}
      return yield* decodeInput(
        Practice.RevisePractice,
        next,
      )({
        _tag: "RevisePractice",
        practiceId: args.id,
        reason: args.reason,
        ...(Option.isSome(args.title) ? { title: args.title.value } : {}),
        ...(Option.isSome(args.about) ? { description: args.about.value } : {}),
        ...(args.effect.length > 0 ? { intendedEffects: args.effect } : {}),
        ...documentation,
      })
    }),
  )
