import { type Governance, Information, Programme } from "@weerbaar/core"
import { Effect, Option } from "effect"
import type { Global } from "../cli/global.js"
import type { Output } from "../cli/output.js"
import { actorOf, dateOrToday, decodeInput, idOf } from "../runtime/input.js"
import { onStore } from "../runtime/services.js"
import { table } from "../runtime/table.js"
import { executedJson, executedText } from "./executed.js"

const next = "see `weerbaar info --help`"

/** An entitlement as `info list` shows it: holder, purpose, basis and period. */
const entitlementJson = (e: Governance.Entitlement) => ({
  holder: e.person ?? e.organisation ?? "",
  ...(e.purpose === undefined ? {} : { purpose: e.purpose }),
  basis: e.basis,
  from: e.from,
  ...(e.to === undefined ? {} : { to: e.to }),
})

/** `info list`: the information products — profiles only, never content — with who is entitled to a confidential one. */
export const listProducts = (global: Global) =>
  onStore(
    global.db,
    Effect.gen(function* () {
      // A store without a rule book lists its products without entitlements.
      const model = yield* Effect.catchTag((yield* Programme.ProgrammeRuntime).model, "NoGovernanceModel", () =>
        Effect.succeed(undefined),
      )
      const products = (yield* (yield* Information.Information).products).map((p) => ({
        productId: p.productId,
        kind: p.kind,
        producer: p.producer,
        scope: Information.scopeLabel(p.scope),
        themes: p.themes,
        classification: p.classification,
        status: p.status,
        startedOn: p.startedOn,
        ...(p.deliveredOn === undefined ? {} : { deliveredOn: p.deliveredOn }),
        motivates: p.motivates,
        ...(p.shareableSummary === undefined ? {} : { shareableSummaryApprovedOn: p.shareableSummary.approvedOn }),
        entitlements:
          p.classification === "vertrouwelijk" && model !== undefined
            ? Information.entitlementsOf(model, {
                productId: p.productId,
                kind: p.kind,
                scope: Information.scopeLabel(p.scope),
              }).map(entitlementJson)
            : [],
      }))
      return {
        json: { products },
        text: table(
          ["product", "kind", "producer", "scope", "classification", "status", "entitled"],
          products.map((p) => [
            p.productId,
            p.kind,
            p.producer,
            p.scope,
            p.classification,
            p.status,
            p.entitlements.map((e) => e.holder).join(", "),
          ]),
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
      const productId = yield* idOf(
        Information.ProductId,
        args.product,
        `there is no information product '${args.product}'`,
        "`weerbaar info list` lists the products",
      )
      const { exists: _, ...product } = yield* (yield* Information.Information).read(actor, productId)
      return {
        json: product,
        text: [
          `${product.productId} — ${product.content.title} (${product.classification})`,
          `${product.kind} by ${product.producer}, ${Information.scopeLabel(product.scope)}, themes ${product.themes.join(", ")}`,
          `status ${product.status}`,
          product.content.summary,
          ...(product.shareableSummary === undefined
            ? []
            : [
                `shareable summary (approved ${product.shareableSummary.approvedOn} by ${product.shareableSummary.approvedBy}): ${product.shareableSummary.text}`,
              ]),
        ].join("\n"),
      } satisfies Output
    }),
  )

/** The flags of `info register`. */
export interface RegisterArgs {
  readonly product: string
  readonly kind: string
  readonly producer: string
  readonly scope: string
  readonly theme: ReadonlyArray<string>
  readonly classification: string
  readonly title: string
  readonly summary: Option.Option<string>
  readonly document: Option.Option<string>
  readonly date: Option.Option<string>
}

/**
 * `--scope` as `info list` prints it ({@link scopeLabel}): `district`, a municipality's id, or
 * `gemeente:<id>` / `regio:<name>` to say which. The schema checks the rest.
 */
const scopeOf = (text: string) => {
  const scope = text.trim()
  if (scope === "district") return { kind: "district" }
  if (scope.startsWith("district:")) {
    const pilotSites = scope
      .slice("district:".length)
      .split(",")
      .map((s) => s.trim())
    return { kind: "district", pilotSites }
  }
  if (scope.startsWith("regio:")) return { kind: "regio", name: scope.slice("regio:".length).trim() }
  const municipality = scope.startsWith("gemeente:") ? scope.slice("gemeente:".length).trim() : scope
  return { kind: "gemeente", municipality }
}

/** `info register`: the producer (or the Stuurgroep for it) registers a product it started making. */
export const registerProduct = (global: Global, args: RegisterArgs) =>
  onStore(
    global.db,
    Effect.gen(function* () {
      const actor = yield* actorOf(global)
      const startedOn = yield* dateOrToday(args.date)
      const command = yield* decodeInput(Information.RegisterProduct, "see `weerbaar info register --help`", {
        productId: "product",
        kind: "--kind",
        producer: "--producer",
        scope: "--scope",
        themes: "--theme",
        classification: "--classification",
        "content.title": "--title",
        "content.documentReference": "--document",
      })({
        _tag: "RegisterProduct",
        productId: args.product,
        kind: args.kind,
        producer: args.producer,
        scope: scopeOf(args.scope),
        themes: args.theme,
        classification: args.classification,
        content: {
          title: args.title,
          summary: Option.getOrElse(args.summary, () => ""),
          ...Option.match(args.document, {
            onNone: () => ({}),
            onSome: (documentReference) => ({ documentReference }),
          }),
        },
        startedOn,
      })
      const executed = yield* (yield* Information.Information).execute(actor, command)
      return {
        json: executedJson(executed, global.lang),
        text: `${args.product} registered: ${command.kind} by ${command.producer}, ${Information.scopeLabel(command.scope)}\n${executedText(executed, global.lang)}`,
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
      const deliveredOn = yield* dateOrToday(args.date)
      const command = yield* decodeInput(
        Information.DeliverProduct,
        next,
      )({
        _tag: "DeliverProduct",
        productId: args.product,
        deliveredOn,
        content: { title: args.title, summary: args.summary },
      })
      const executed = yield* (yield* Information.Information).execute(actor, command)
      return {
        json: executedJson(executed, global.lang),
        text: `${args.product} delivered\n${executedText(executed, global.lang)}`,
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
        Information.LinkPractice,
        next,
      )({
        _tag: "LinkPractice",
        productId: args.product,
        practiceId: args.practice,
      })
      const executed = yield* (yield* Information.Information).execute(actor, command)
      return {
        json: executedJson(executed, global.lang),
        text: `${args.product} motivates ${args.practice}\n${executedText(executed, global.lang)}`,
      } satisfies Output
    }),
  )

/** `info unlink`: an expert group withdraws a link it recorded, with the reason. */
export const unlinkProduct = (global: Global, args: { product: string; practice: string; reason: string }) =>
  onStore(
    global.db,
    Effect.gen(function* () {
      const actor = yield* actorOf(global)
      const command = yield* decodeInput(Information.UnlinkPractice, next, {
        productId: "product",
        practiceId: "--practice",
        reason: "--reason",
      })({
        _tag: "UnlinkPractice",
        productId: args.product,
        practiceId: args.practice,
        reason: args.reason,
      })
      const executed = yield* (yield* Information.Information).execute(actor, command)
      return {
        json: executedJson(executed, global.lang),
        text: `${args.product} no longer motivates ${args.practice}\n${executedText(executed, global.lang)}`,
      } satisfies Output
    }),
  )
