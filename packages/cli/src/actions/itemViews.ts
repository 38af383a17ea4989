import { type Governance, Route, Store } from "@weerbaar/core"
import { Effect, type Option } from "effect"
import type { Global } from "../cli/global.js"
import type { Output } from "../cli/output.js"
import { progressMarkdown } from "../report/progressMarkdown.js"
import { onStore } from "../runtime/services.js"
import { euro, table } from "../runtime/table.js"
import { requireItem } from "./items.js"

type Content = Route.ItemContent

// The content of an item as lines of text: title, description, budget lines with their funding,
// partners' tasks without money and Best Practices.
const contentLines = (content: Content): ReadonlyArray<string> => {
  const total = content.budget.reduce((sum, line) => sum + line.amount, 0)
  return [
    content.description === "" ? "" : `\n${content.description}\n`,
    `budget ${euro(total)} (programmabudget ${euro(Route.programmeFunded(content.budget))})`,
    ...content.budget.map(
      (l) => `  ${l.category} · ${l.organisation} · ${l.year}: ${euro(l.amount)} · ${Route.fundingOf(l)}`,
    ),
    ...(content.tasks ?? []).map((t) => `  task · ${t.organisation}: ${t.task}`),
    content.practices.length === 0 ? "" : `Best Practices: ${content.practices.join(", ")}`,
    content.proposedModel === undefined ? "" : `proposed rule book ${content.proposedModel}`,
  ].filter((l) => l !== "")
}

// Where a decision was taken, who attended and why, in one line.
const meetingLine = (r: Route.DecisionRegisterRow): string =>
  [
    r.decidedIn === undefined
      ? `meeting of ${r.datum}`
      : "meetingId" in r.decidedIn
        ? `${r.decidedIn.meetingId} point ${r.decidedIn.point}`
        : `written round ${r.decidedIn.writtenRoundId}`,
    `present ${[...r.attendance, ...r.substitutes.map((x) => `${x.substitute} for ${x.member}`)].join(", ")}`,
    ...(r.recused.length === 0 ? [] : [`recused ${r.recused.join(", ")}`]),
    ...(r.votes.length === 0 ? [] : [`votes ${r.votes.map((v) => `${v.member}=${v.vote}`).join(", ")}`]),
    `rationale: ${r.toelichting}`,
    ...(r.remarks === undefined ? [] : [`remarks: ${r.remarks}`]),
  ].join("; ")

/** `show`: an item with its content and decisions; a voortgangsrapportage with its figures. */
export const show = (global: Global, _kind: Governance.ItemKind, args: { id: string }) =>
  onStore(
    global.db,
    Effect.gen(function* () {
      const item = yield* requireItem(args.id)
      const { exists: _, ...json } = item
      const report = item.content.progressReport
      // Each decision's meeting record, from the decision register: who was there and why.
      const register = yield* Store.queryAll(yield* Store.ReadModelStore, Route.decisionRegister, {
        itemId: item.itemId,
      })
      const records = Route.decisionsInOrder(register.filter((r) => r.subject === "stuk"))
      return {
        json: { ...json, meetings: records },
        text: [
          `${item.itemId} — ${item.content.title}`,
          `kind ${item.kind}, drafted by ${item.draftingBody}, status ${item.status}, version ${item.version}`,
          ...contentLines(item.content),
          "",
          table(
            ["decision", "body", "outcome", "version", "meeting", "final"],
            item.decisions.map((d) => [
              d.decisionId + (d.revokedBy === undefined ? "" : ` (revoked by ${d.revokedBy})`),
              d.body,
              d.outcome,
              String(d.version),
              d.meetingDate,
              d.final ? "yes" : "no",
            ]),
          ),
          ...records.map((r) => `  ${r.identificatie}: ${meetingLine(r)}`),
          ...(report === undefined
            ? []
            : [
                "",
                `# Voortgangsrapportage — figures as of ${report.asOf}${item.submittedOn === undefined ? " (preview of the draft)" : ""}`,
                "",
                ...progressMarkdown(report),
              ]),
        ].join("\n"),
      } satisfies Output
    }),
  )

/** `list`: the items of this kind, from the item overview. */
export const list = (global: Global, kind: Governance.ItemKind, args: { status: Option.Option<string> }) =>
  onStore(
    global.db,
    Effect.gen(function* () {
      const readModels = yield* Store.ReadModelStore
      const where = { kind, ...(args.status._tag === "Some" ? { status: args.status.value } : {}) }
      const rows = yield* Store.queryAll(readModels, Route.itemOverview, where)
      return {
        json: { items: rows },
        text: table(
          ["item", "title", "status", "version", "drafted by", "budget"],
          rows.map((r) => [r.itemId, r.title, r.status, String(r.version), r.draftingBody, euro(r.budgetTotal)]),
        ),
      } satisfies Output
    }),
  )

/**
 * `history`: every act on the item from the item history read model — who drafted, edited,
 * submitted, decided or withdrew which version — with the content each version had then.
 */
export const history = (global: Global, _kind: Governance.ItemKind, args: { id: string }) =>
  onStore(
    global.db,
    Effect.gen(function* () {
      yield* requireItem(args.id)
      const rows = yield* Store.queryAll(yield* Store.ReadModelStore, Route.itemHistory, { itemId: args.id })
      const ordered = [...rows].sort((a, b) => a.position - b.position)
      return {
        json: { itemId: args.id, history: ordered },
        text: ordered
          .flatMap((r) => [
            [
              r.at,
              r.what,
              r.version === undefined ? "" : `version ${r.version}`,
              `by ${r.who}`,
              r.body === undefined ? "" : `for ${r.body}`,
              r.outcome ?? "",
              r.decision === undefined ? "" : `(${r.decision})`,
            ]
              .filter((p) => p !== "")
              .join(" · "),
            ...(r.why === undefined ? [] : [`  ${r.why}`]),
            ...(r.content === undefined
              ? []
              : [
                  `  content: ${String(r.content.title)}`,
                  ...contentLines(r.content as unknown as Content).map((l) => `  ${l.trim()}`),
                ]),
          ])
          .join("\n"),
      } satisfies Output
    }),
  )
