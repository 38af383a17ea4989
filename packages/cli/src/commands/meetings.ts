import { argument, choice, command, flag, group, handle, integer, text } from "../cli/spec.js"
import { decisionRecordOptions, shared } from "./options.js"

const load = () => import("../actions/meetings.js")
const decisions = () => import("../actions/meetingDecisions.js")
const id = argument("meeting", "the meeting's id (lowercase, digits, '.', '_', '-')")
const point = integer("point", "the agenda point's number")
const person = text("person", "the member", "person")

/** `meeting …`: a body's meeting, from planning to its adopted besluitenlijst. */
export const meeting = group("meeting", "a body's meetings: agenda, attendance, votes, decisions, besluitenlijst", [
  command(
    "plan",
    "plan a meeting of a body (--as its chair or secretary); its members are invited",
    {
      id,
      body: text("body", "the meeting body (stuurgroep, dvo, …)", "body"),
      date: text("date", "the meeting date YYYY-MM-DD", "date"),
      time: text("time", "the starting time HH:MM", "time").optional(),
      place: text("place", "where it is held", "text").optional(),
      online: flag("online", "held online"),
    },
    handle(load, (m, g, a) => m.plan(g, a)),
  ),
  command(
    "agenda",
    "add a point to the agenda: an item, the minutes of an earlier meeting, or another point",
    {
      id,
      title: text("title", "the point's title", "text"),
      item: text("item", "the item the point decides or takes note of", "item").optional(),
      minutes: text("minutes", "the earlier meeting whose besluitenlijst the point adopts", "meeting").optional(),
      paper: text("paper", "a paper for the point: a title, file or link (repeat)", "text").repeated(),
    },
    handle(load, (m, g, a) => m.agenda(g, a)),
  ),
  ...(["attend", "apologise", "absent"] as const).map((what) =>
    command(
      what,
      what === "attend"
        ? "record members present (repeat --person)"
        : what === "apologise"
          ? "record members who sent apologies (repeat --person)"
          : "record members absent without apologies (repeat --person)",
      { id, person: person.repeated() },
      handle(load, (m, g, a) => m.attendance(g, a, what)),
    ),
  ),
  command(
    "substitute",
    "record a substitute attending in a member's place, as the model allows",
    { id, member: text("member", "the absent member", "person"), by: text("by", "the substitute", "person") },
    handle(load, (m, g, a) => m.substitute(g, a)),
  ),
  command(
    "recuse",
    "record a member's conflict of interest on one point",
    { id, point, person, reason: text("reason", "the conflict of interest", "text") },
    handle(load, (m, g, a) => m.recuse(g, a)),
  ),
  command(
    "vote",
    "record votes on a point (repeat --vote PERSON=for|against|abstain)",
    { id, point, vote: decisionRecordOptions.vote },
    handle(load, (m, g, a) => m.vote(g, a)),
  ),
  command(
    "decide",
    "decide a point: an item's (--outcome) by its route, or the body's own point (--decision)",
    {
      id,
      point,
      outcome: choice(
        "outcome",
        ["approve", "accord", "return", "reject", "take-note"],
        "the decision on the item",
      ).optional(),
      decision: text("decision", "the decision on the body's own point, in words", "text").optional(),
      rationale: text("rationale", "why the body decided so", "text"),
      remarks: text("remarks", "remarks (required with --outcome return)", "text").optional(),
      reason: text("reason", "why it departs from a rule the model signals (comply or explain)", "text").optional(),
      decisionId: text("decision-id", "the decision's id (default generated)", "id").optional(),
    },
    handle(decisions, (m, g, a) => m.decide(g, a)),
  ),
  command(
    "action",
    "add an action point with its owner and due date",
    {
      id,
      action: text("action", "what is to be done", "text"),
      owner: text("owner", "who does it", "person"),
      due: text("due", "by when YYYY-MM-DD", "date"),
      point: integer("point", "the agenda point it comes from").optional(),
    },
    handle(load, (m, g, a) => m.action(g, a)),
  ),
  command(
    "close",
    "close the meeting (--as its chair or secretary), with its minutes",
    { id, minutes: text("minutes", "the minutes (verslag), or where they are kept", "text").optional() },
    handle(load, (m, g, a) => m.close(g, a)),
  ),
  command(
    "adopt-minutes",
    "adopt an earlier meeting's besluitenlijst and minutes at this meeting; immutable afterwards",
    {
      id,
      of: text("of", "the earlier meeting", "meeting"),
      decisionId: text("decision-id", "the decision's id (default generated)", "id").optional(),
    },
    handle(decisions, (m, g, a) => m.adoptMinutes(g, a)),
  ),
  command(
    "show",
    "a meeting with its agenda, attendance and decisions",
    { id },
    handle(load, (m, g, a) => m.show(g, a)),
  ),
  command(
    "list",
    "every meeting and written round",
    {},
    handle(load, (m, g) => m.list(g)),
  ),
])

/** `besluitenlijst MEETING`: a meeting's besluitenlijst, as Markdown or printable HTML. */
export const besluitenlijst = command(
  "besluitenlijst",
  "a meeting's besluitenlijst: attendance, decisions per point, votes, action points",
  {
    id,
    format: choice("format", ["markdown", "html"], "Markdown or one printable HTML file").withDefault("markdown"),
    out: shared.out,
  },
  handle(load, (m, g, a) => m.besluitenlijst(g, a)),
)
