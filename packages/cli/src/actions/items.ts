import { Governance, Kernel, Programme, Route } from "@weerbaar/core"
import { Effect, Option } from "effect"
import { BadInput } from "../cli/errors.js"
import type { Global } from "../cli/global.js"
import type { Output } from "../cli/output.js"
import { actorOf, dateOrToday, decodeInput, idOf, parseBudgetLine, parseDate, parseTask } from "../runtime/input.js"
import { readModelFile } from "../runtime/modelFile.js"
import { type DecisionRecordArgs, decisionRecord } from "../runtime/decisionRecord.js"
import { onStore } from "../runtime/services.js"
import { executedJson, executedText } from "./executed.js"

/** The content flags of `draft` and `edit`. */
export interface ContentArgs {
  readonly title: Option.Option<string>
  readonly description: Option.Option<string>
  readonly budget: ReadonlyArray<string>
  /** Partners' tasks without money, `organisation:description` (`--task`). */
  readonly task: ReadonlyArray<string>
  readonly practice: ReadonlyArray<string>
  readonly model: Option.Option<string>
  /** `--pilot-municipality`: the municipalities of a pilot proposal. */
  readonly pilotMunicipality?: ReadonlyArray<string>
  /** `--clear-pilot`: an edit makes a pilot proposal a plain proposal again. */
  readonly clearPilot?: boolean
  /** A voortgangsrapportage's figures as of this day (`--report-date`); only its `draft` and `edit` have it. */
  readonly reportDate?: Option.Option<string>
}

const commandNames: Partial<Record<Governance.ItemKind, string>> = {
  opdracht: "assignment",
  beleidsvoorstel: "proposal",
  programmaplan: "plan",
  programmabijstelling: "adjustment",
  overdracht: "handover",
  voortgangsrapportage: "progress-report",
}
/** Where the help of an item kind's commands is. */
export const help = (kind: Governance.ItemKind) => `see \`weerbaar ${commandNames[kind] ?? "proposal"} --help\``

/** The item `itemId`, or bad input naming the missing item. */
export const requireItem = (itemId: string) =>
  Effect.gen(function* () {
    const missing = { problem: `there is no item '${itemId}'`, next: "list the items with `list`" }
    const item = yield* (yield* Programme.Programme).item(
      yield* idOf(Route.ItemId, itemId, missing.problem, missing.next),
    )
    if (!item.exists) return yield* new BadInput(missing)
    return item
  })

// A voortgangsrapportage's figures: generated as of --report-date (a draft: today when not given);
// an edit without it keeps the figures it had.
const figuresOf = (kind: Governance.ItemKind, args: ContentArgs, current?: Programme.ItemView & { exists: true }) =>
  Effect.gen(function* () {
    if (kind !== "voortgangsrapportage") return current?.content.progressReport
    const date = args.reportDate ?? Option.none()
    if (Option.isNone(date) && current !== undefined) return current.content.progressReport
    const asOf = yield* dateOrToday(date, "--report-date")
    return yield* Programme.progressReportOn(Kernel.calendarDate(asOf))
  })

const contentOf = (kind: Governance.ItemKind, args: ContentArgs, current?: Programme.ItemView & { exists: true }) =>
  Effect.gen(function* () {
    const progressReport = yield* figuresOf(kind, args, current)
    const budget =
      args.budget.length > 0 || current === undefined
        ? yield* Effect.forEach(args.budget, parseBudgetLine)
        : current.content.budget
    const tasks =
      args.task.length > 0 || current === undefined
        ? yield* Effect.forEach(args.task, parseTask)
        : (current.content.tasks ?? [])
    const proposedModel = Option.isSome(args.model)
      ? Governance.modelFingerprint(yield* readModelFile(args.model.value))
      : current?.content.proposedModel
    const municipalities = args.pilotMunicipality ?? []
    if (municipalities.length > 0) {
      const model = yield* (yield* Programme.ProgrammeRuntime).model
      const unknown = municipalities.filter(
        (m) => !model.organisations.some((o) => o.id === m && o.kind === "gemeente"),
      )
      if (unknown.length > 0) {
        return yield* new BadInput({
          problem: `--pilot-municipality names no municipality of the governance model: ${unknown.join(", ")}`,
          next: "name municipalities by their id (see `weerbaar governance`)",
        })
      }
    }
    const pilot =
      municipalities.length > 0 ? { municipalities } : args.clearPilot === true ? undefined : current?.content.pilot
    return {
      title: Option.getOrElse(args.title, () => current?.content.title ?? ""),
      description: Option.getOrElse(args.description, () => current?.content.description ?? ""),
      budget,
      ...(tasks.length === 0 ? {} : { tasks }),
      practices: args.practice.length > 0 || current === undefined ? args.practice : current.content.practices,
      ...(proposedModel === undefined ? {} : { proposedModel }),
      ...(progressReport === undefined ? {} : { progressReport }),
      ...(pilot === undefined ? {} : { pilot }),
    }
  })

const changed = (global: Global, itemId: string, executed: Parameters<typeof executedJson>[0]) =>
  Effect.map(
    requireItem(itemId),
    (item): Output => ({
      json: { itemId, status: item.status, version: item.version, ...executedJson(executed, global.lang) },
      text: `${itemId}: ${item.status} (version ${item.version})\n${executedText(executed, global.lang)}`,
    }),
  )

/** `draft`: a drafting body's new item. */
export const draft = (global: Global, kind: Governance.ItemKind, args: ContentArgs & { id: string; body: string }) =>
  onStore(
    global.db,
    Effect.gen(function* () {
      const actor = yield* actorOf(global)
      const command = yield* decodeInput(
        Route.DraftItem,
        help(kind),
      )({ _tag: "DraftItem", itemId: args.id, kind, draftingBody: args.body, content: yield* contentOf(kind, args) })
      const executed = yield* (yield* Programme.Programme).route(actor, command)
      return yield* changed(global, args.id, executed)
    }),
  )

/** `edit`: a new content for a draft or returned item; flags not given keep their value. */
export const edit = (global: Global, kind: Governance.ItemKind, args: ContentArgs & { id: string }) =>
  onStore(
    global.db,
    Effect.gen(function* () {
      const actor = yield* actorOf(global)
      const current = yield* requireItem(args.id)
      const content = yield* contentOf(kind, args, current)
      const command = yield* decodeInput(Route.EditItem, help(kind))({ _tag: "EditItem", itemId: args.id, content })
      return yield* changed(global, args.id, yield* (yield* Programme.Programme).route(actor, command))
    }),
  )

/** `submit`: the drafting body puts its item on the route. */
export const submit = (
  global: Global,
  kind: Governance.ItemKind,
  args: { id: string; date: Option.Option<string>; reason: Option.Option<string> },
) =>
  onStore(
    global.db,
    Effect.gen(function* () {
      const actor = yield* actorOf(global)
      const on = Option.isSome(args.date) ? { on: yield* parseDate(args.date.value, "--date") } : {}
      const command = yield* decodeInput(
        Route.SubmitItem,
        help(kind),
      )({
        _tag: "SubmitItem",
        itemId: args.id,
        ...on,
        ...(Option.isSome(args.reason) ? { reason: args.reason.value } : {}),
      })
      // A voortgangsrapportage's figures are frozen as of the submission date.
      return yield* changed(global, args.id, yield* Programme.routeItem(actor, command))
    }),
  )

/** The flags of a body's meeting, shared by `decide` and `revoke`. */
export interface MeetingArgs extends DecisionRecordArgs {
  readonly id: string
  readonly body: string
  readonly rationale: string
  readonly decisionId: Option.Option<string>
}

/** The flags of `decide`. */
export interface DecideArgs extends MeetingArgs {
  readonly outcome: string
  readonly remarks: Option.Option<string>
  readonly reason: Option.Option<string>
}

/** The flags of `revoke`. */
export interface RevokeArgs extends MeetingArgs {
  readonly decision: string
}

/**
 * Records what a body did at its meeting, with the record `--meeting`/`--point`, `--written-round`
 * or the one-line flags give ({@link decisionRecord}) and the decision's id (default generated).
 */
const atMeeting = (
  global: Global,
  args: MeetingArgs,
  command: (meeting: { readonly decisionId: string }) => Record<string, unknown>,
  decode: (input: unknown) => Effect.Effect<Route.RecordDecision | Route.RevokeDecision, BadInput>,
) =>
  onStore(
    global.db,
    Effect.gen(function* () {
      const actor = yield* actorOf(global)
      const programme = yield* Programme.Programme
      const record = yield* decisionRecord(args, args.body, args.rationale)
      const decisionId = Option.isSome(args.decisionId) ? args.decisionId.value : yield* programme.newId("besluit")
      const decoded = yield* decode({
        ...command({ decisionId }),
        ...record,
        itemId: args.id,
        body: args.body,
      })
      return yield* changed(global, args.id, yield* programme.route(actor, decoded))
    }),
  )

/** `decide`: records a body's decision taken at its meeting. */
export const decide = (global: Global, kind: Governance.ItemKind, args: DecideArgs) =>
  atMeeting(
    global,
    args,
    (meeting) => ({
      _tag: "RecordDecision",
      ...meeting,
      outcome: args.outcome,
      ...(Option.isSome(args.remarks) ? { remarks: args.remarks.value } : {}),
      ...(Option.isSome(args.reason) ? { reason: args.reason.value } : {}),
    }),
    decodeInput(Route.RecordDecision, help(kind)),
  )

/** `revoke`: the body that took a decision revokes it at a later meeting, releasing its budget. */
export const revoke = (global: Global, kind: Governance.ItemKind, args: RevokeArgs) =>
  atMeeting(
    global,
    args,
    (meeting) => ({ _tag: "RevokeDecision", ...meeting, revokes: args.decision }),
    decodeInput(Route.RevokeDecision, help(kind)),
  )

/** `withdraw`: the drafting body takes its item back before the final decision. */
export const withdraw = (global: Global, kind: Governance.ItemKind, args: { id: string; reason: string }) =>
  onStore(
    global.db,
    Effect.gen(function* () {
      const actor = yield* actorOf(global)
      const command = yield* decodeInput(
        Route.WithdrawItem,
        help(kind),
      )({ _tag: "WithdrawItem", itemId: args.id, reason: args.reason })
      return yield* changed(global, args.id, yield* (yield* Programme.Programme).route(actor, command))
    }),
  )
