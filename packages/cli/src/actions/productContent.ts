import { Information } from "@weerbaar/core"
import { Effect, Option } from "effect"
import type { Global } from "../cli/global.js"
import type { Output } from "../cli/output.js"
import { actorOf, dateOrToday, decodeInput } from "../runtime/input.js"
import { onStore } from "../runtime/services.js"
import { executedJson, executedText } from "./executed.js"

/** `info revise`: the producer changes the working content of a product not delivered yet. */
export const reviseProduct = (
  global: Global,
  args: { product: string; title: string; summary: string; document: Option.Option<string> },
) =>
  onStore(
    global.db,
    Effect.gen(function* () {
      const actor = yield* actorOf(global)
      const command = yield* decodeInput(Information.ReviseProductContent, "see `weerbaar info revise --help`", {
        productId: "product",
        "content.title": "--title",
        "content.summary": "--summary",
        "content.documentReference": "--document",
      })({
        _tag: "ReviseProductContent",
        productId: args.product,
        content: {
          title: args.title,
          summary: args.summary,
          ...Option.match(args.document, {
            onNone: () => ({}),
            onSome: (documentReference) => ({ documentReference }),
          }),
        },
      })
      const executed = yield* (yield* Information.Information).execute(actor, command)
      return {
        json: executedJson(executed, global.lang),
        text: `${args.product} revised\n${executedText(executed, global.lang)}`,
      } satisfies Output
    }),
  )

/** `info approve-summary`: a person of the producer approves the shareable summary offered to VNON. */
export const approveSummary = (global: Global, args: { product: string; text: string; date: Option.Option<string> }) =>
  onStore(
    global.db,
    Effect.gen(function* () {
      const actor = yield* actorOf(global)
      const approvedOn = yield* dateOrToday(args.date)
      const command = yield* decodeInput(
        Information.ApproveShareableSummary,
        "see `weerbaar info approve-summary --help`",
        {
          productId: "product",
          text: "--text",
          approvedOn: "--date",
        },
      )({
        _tag: "ApproveShareableSummary",
        productId: args.product,
        text: args.text,
        approvedOn,
      })
      const executed = yield* (yield* Information.Information).execute(actor, command)
      return {
        json: executedJson(executed, global.lang),
        text: `${args.product}: shareable summary approved on ${approvedOn}, offered to the network with the handover\n${executedText(executed, global.lang)}`,
      } satisfies Output
    }),
  )
