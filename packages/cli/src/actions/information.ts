import { DeliverProduct, Information, LinkPractice, ProgrammeRuntime, dateOf, scopeLabel } from "@weerbaar/core"
import { Effect, Option } from "effect"
import type { Global } from "../cli/global.js"
import type { Output } from "../cli/output.js"
import { actorOf, decodeInput, parseDate } from "../runtime/input.js"
import { onStore } from "../runtime/services.js"
import { table } from "../runtime/table.js"
import { executedJson, executedText } from "./executed.js"

const next = "see `weerbaar info --help`"

/** `info list`: the information products — profiles only, never content. */
export const listProducts = (global: Global) =>
  onStore(
    global.db,
    Effect.gen(function* () {
      const products = (yield* (yield* Information).products).map((p) => ({
        productId: p.productId,
        kind: p.kind,
        producer: p.producer,
        scope: scopeLabel(p.scope),
        themes: p.themes,
        classification: p.classification,
        status: p.status,
        startedOn: p.startedOn,
        ...(p.deliveredOn === undefined ? {} : { deliveredOn: p.deliveredOn }),
        motivates: p.motivates,
      }))
      return {
        json: { products },
        text: table(
          ["product", "kind", "producer", "scope", "classification", "status"],
          products.map((p) => [p.productId, p.kind, p.producer, p.scope, p.classification, p.status]),
        ),
      } satisfies Output
    }),
  )

/** `info show`: one product with its content, if the access rules let `--as` read it (a confidential read is recorded). */
export const showProduct = (global: Global, args: { product: string }) =>
  onStore(
    global.db,
    Effect.gen(function* () {
      const actor = yield* actorOf(global)
      const { exists: _, ...product } = yield* (yield* Information).read(actor, args.product)
      return {
        json: product,
        text: [
          `${product.productId} — ${product.content.title} (${product.classification})`,
          `${product.kind} by ${product.producer}, ${scopeLabel(product.scope)}, themes ${product.themes.join(", ")}`,
          `status ${product.status}`,
          product.content.summary,
        ].join("\n"),
      } satisfies Output
    }),
  )

/** `info deliver`: the producer delivers the product with its final content. */
export const deliverProduct = (
  global: Global,
  args: { product: string; title: string; summary: string; date: Option.Option<string> },
) =>
  onStore(
    global.db,
    Effect.gen(function* () {
      const actor = yield* actorOf(global)
      const deliveredOn = Option.isSome(args.date)
        ? yield* parseDate(args.date.value, "--date")
        : dateOf(yield* (yield* ProgrammeRuntime).now)
      const command = yield* decodeInput(
        DeliverProduct,
        next,
      )({
        _tag: "DeliverProduct",
        productId: args.product,
        deliveredOn,
        content: { title: args.title, summary: args.summary },
      })
      const executed = yield* (yield* Information).execute(actor, command)
      return {
        json: executedJson(executed),
        text: `${args.product} delivered\n${executedText(executed)}`,
      } satisfies Output
    }),
  )

/** `info link`: an expert group records that the product motivated a Best Practice. */
export const linkProduct = (global: Global, args: { product: string; practice: string }) =>
  onStore(
    global.db,
    Effect.gen(function* () {
      const actor = yield* actorOf(global)
      const command = yield* decodeInput(
        LinkPractice,
        next,
      )({
        _tag: "LinkPractice",
        productId: args.product,
        practiceId: args.practice,
      })
      const executed = yield* (yield* Information).execute(actor, command)
      return {
        json: executedJson(executed),
        text: `${args.product} motivates ${args.practice}\n${executedText(executed)}`,
      } satisfies Output
    }),
  )
