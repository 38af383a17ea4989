import { existsSync } from "node:fs"
import { readFile, writeFile } from "node:fs/promises"
import { Handover, Information, Route } from "@weerbaar/core"
import { Effect, Option } from "effect"
import { BadInput } from "../cli/errors.js"
import type { Global } from "../cli/global.js"
import type { Output } from "../cli/output.js"
import { actorOf, idOf } from "../runtime/input.js"
import { onStore } from "../runtime/services.js"
import { executedJson, executedText } from "./executed.js"

const writeNew = (path: string, text: string) =>
  existsSync(path)
    ? Effect.fail(
        new BadInput({ problem: `'${path}' exists already`, next: "name a new file; nothing is overwritten" }),
      )
    : Effect.promise(() => writeFile(path, text))

const summary = (pkg: {
  digest: string
  content: { handoverId: string; practices: ReadonlyArray<{ practiceId: string }> }
}) => ({
  handoverId: pkg.content.handoverId,
  digest: pkg.digest,
  practices: pkg.content.practices.map((p) => p.practiceId),
})

const listItems = "`weerbaar proposal list` lists the items"

/** `handover create`: the package of an overdracht the Stuurgroep decided on, with the insights bundle. */
export const create = (global: Global, args: { item: string; out: Option.Option<string> }) =>
  onStore(
    global.db,
    Effect.gen(function* () {
      const actor = yield* actorOf(global)
      const insights = yield* (yield* Information.Information).insightsBundle
      const itemId = yield* idOf(Route.ItemId, args.item, `there is no item '${args.item}'`, listItems)
      const pkg = yield* (yield* Handover.Handover).createPackage(actor, itemId, insights)
      if (Option.isSome(args.out)) yield* writeNew(args.out.value, `${JSON.stringify(pkg, null, 2)}\n`)
      return {
        json: { ...summary(pkg), ...(Option.isSome(args.out) ? { file: args.out.value } : {}) },
        text: `package ${pkg.content.handoverId} (${pkg.content.practices.length} Best Practices), digest ${pkg.digest}${Option.isSome(args.out) ? `, written to ${args.out.value}` : ""}`,
      } satisfies Output
    }),
  )

/** `handover export`: the package made earlier, as a JSON file for the receiving network. */
export const exportPackage = (global: Global, args: { item: string; out: string }) =>
  onStore(
    global.db,
    Effect.gen(function* () {
      const none = {
        problem: `no package was made for '${args.item}'`,
        next: "make it first with `weerbaar handover create <item> --as <person>`",
      }
      const found = yield* (yield* Handover.Handover).package(
        yield* idOf(Route.ItemId, args.item, none.problem, none.next),
      )
      if (Option.isNone(found)) return yield* new BadInput(none)
      yield* writeNew(args.out, `${JSON.stringify(found.value, null, 2)}\n`)
      return {
        json: { ...summary(found.value), file: args.out },
        text: `package ${args.item} written to ${args.out}`,
      } satisfies Output
    }),
  )

/** `handover import`: a package into the network's store, verified before anything is written. */
export const importPackage = (global: Global, args: { file: string }) =>
  onStore(
    global.db,
    Effect.gen(function* () {
      const actor = yield* actorOf(global)
      const text = yield* Effect.tryPromise({
        try: () => readFile(args.file, "utf8"),
        catch: () => new BadInput({ problem: `cannot read '${args.file}'`, next: "name the package file" }),
      })
      const input = yield* Effect.try({
        try: () => JSON.parse(text) as unknown,
        catch: () => new BadInput({ problem: `'${args.file}' is not JSON`, next: "name the package file" }),
      })
      const executed = yield* (yield* Handover.Handover).importPackage(actor, input)
      return {
        json: executedJson(executed, global.lang),
        text: `imported ${args.file}\n${executedText(executed, global.lang)}`,
      } satisfies Output
    }),
  )
