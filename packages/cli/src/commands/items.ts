import { choice, command, flag, group, handle, text } from "../cli/spec.js"
import { decisionRecordOptions, shared } from "./options.js"

type Kind =
  | "beleidsvoorstel"
  | "opdracht"
  | "programmaplan"
  | "programmabijstelling"
  | "overdracht"
  | "voortgangsrapportage"

const load = () => import("../actions/items.js")
const views = () => import("../actions/itemViews.js")

const content = {
  title: shared.title,
  description: shared.description,
  budget: shared.budget,
  task: shared.task,
  practice: shared.practice,
  pilotMunicipality: text(
    "pilot-municipality",
    "a beleidsvoorstel only: makes it a pilot proposal hosted by this municipality (repeat for more)",
    "municipality",
  ).repeated(),
  clearPilot: flag("clear-pilot", "edit only: make a pilot proposal a plain (roll-out) proposal again"),
  model: text(
    "model",
    "the governance model JSON file the item proposes (programme plan, adjustment)",
    "file",
  ).optional(),
}

// Who met and when: the same for a decision and for its revocation.
const meeting = decisionRecordOptions

// A voortgangsrapportage's draft carries a preview of its figures as of --date; its submission
// freezes them as of the submission date.
const reportDate = {
  reportDate: text(
    "report-date",
    "draft only: preview the report's figures as of this day YYYY-MM-DD (default today); submitting freezes them as of the submission date",
    "date",
  ).optional(),
}

/**
 * The subcommands of an item kind on its approval route: draft, edit, submit, decide, revoke,
 * withdraw, show, list and history. A voortgangsrapportage's `draft` and `edit` take `--report-date`.
 */
export const itemSubcommands = (kind: Kind, what: string) => {
  const draftContent = kind === "voortgangsrapportage" ? { ...content, ...reportDate } : content
  return [
    command(
      "draft",
      kind === "voortgangsrapportage"
        ? `draft a new ${what} with its figures as of --report-date (--as a member of the drafting body)`
        : `draft a new ${what} (--as a member of the drafting body)`,
      { id: shared.itemId, body: text("body", "the drafting body", "body"), ...draftContent },
      handle(load, (m, g, a) => m.draft(g, kind, a)),
    ),
    command(
      "edit",
      `edit a draft or returned ${what}; options not given keep their value`,
      { id: shared.itemId, ...draftContent },
      handle(load, (m, g, a) => m.edit(g, kind, a)),
    ),
    command(
      "submit",
      kind === "voortgangsrapportage"
        ? `submit the ${what} to its route, freezing its figures as of the submission date`
        : `submit the ${what} to its approval route`,
      {
        id: shared.itemId,
        date: shared.date("the day it was submitted YYYY-MM-DD, when recorded later (default today)"),
        reason: text("reason", "why it departs from a rule the model signals (comply or explain)", "text").optional(),
      },
      handle(load, (m, g, a) => m.submit(g, kind, a)),
    ),
    command(
      "decide",
      `record a body's decision on the ${what} (--as a person acting for the body)`,
      {
        id: shared.itemId,
        body: text("body", "the deciding body (stuurgroep, dvo, …)", "body"),
        outcome: choice("outcome", ["approve", "accord", "return", "reject", "take-note"], "the body's decision"),
        ...meeting,
        rationale: text("rationale", "why the body decided so", "text"),
        remarks: text("remarks", "remarks (required to return)", "text").optional(),
        reason: text("reason", "why it departs from a rule the model signals (comply or explain)", "text").optional(),
        decisionId: text("decision-id", "the decision's id (default generated)", "id").optional(),
      },
      handle(load, (m, g, a) => m.decide(g, kind, a)),
    ),
    command(
      "revoke",
      `revoke a body's earlier decision on the ${what}, releasing its budget`,
      {
        id: shared.itemId,
        decision: text("decision", "the id of the decision to revoke", "id"),
        body: text("body", "the body that took it", "body"),
        ...meeting,
        rationale: text("rationale", "why the body revokes it", "text"),
        decisionId: text("decision-id", "the revocation's id (default generated)", "id").optional(),
      },
      handle(load, (m, g, a) => m.revoke(g, kind, a)),
    ),
    command(
      "withdraw",
      `withdraw the ${what} before the final decision`,
      { id: shared.itemId, reason: text("reason", "why it is withdrawn", "text") },
      handle(load, (m, g, a) => m.withdraw(g, kind, a)),
    ),
    command(
      "show",
      kind === "voortgangsrapportage"
        ? `show the ${what} with its decisions and its figures (frozen when it was submitted)`
        : `show the ${what} with its decisions`,
      { id: shared.itemId },
      handle(views, (m, g, a) => m.show(g, kind, a)),
    ),
    command(
      "list",
      `list the ${what}s`,
      { status: text("status", "only items with this status", "status").optional() },
      handle(views, (m, g, a) => m.list(g, kind, a)),
    ),
    command(
      "history",
      `who drafted, edited, submitted, decided or withdrew which version of the ${what}, with each version's content`,
      { id: shared.itemId },
      handle(views, (m, g, a) => m.history(g, kind, a)),
    ),
  ]
}

/** The group of an item kind on its approval route: `proposal`, `assignment`, `progress-report`, …. */
export const itemCommands = (name: string, kind: Kind, what: string) =>
  group(name, `${what}s (${kind}) on their approval route`, itemSubcommands(kind, what))
