import { argument, integer, text } from "../cli/spec.js"

/** Options and arguments several commands share. */
export const shared = {
  itemId: argument("item", "the item's id (lowercase, digits, '.', '_', '-')"),
  title: text("title", "the title").optional(),
  description: text("description", "the description").optional(),
  budget: text(
    "budget",
    "a budget line category:organisation:year:euros[:funding], funding programmabudget (default), eigen-bijdrage or uren-in-natura (repeat for more lines)",
    "line",
  ).repeated(),
  task: text(
    "task",
    "a partner's task without money organisation:description, e.g. the OM or the police executing (repeat for more)",
    "task",
  ).repeated(),
  practice: text("practice", "a Best Practice the item contains (repeat for more)", "practice").repeated(),
  date: (description: string) => text("date", description, "date").optional(),
  out: text("out", "write to this file instead of the screen", "file").optional(),
}

/** How a body's decision was taken: its meeting in one line, its meeting's point, or its written round. */
export const decisionRecordOptions = {
  date: shared.date("the meeting date YYYY-MM-DD (default today)"),
  present: text("present", "a member present (repeat; default all voting members on the date)", "person").repeated(),
  recused: text("recused", "a member with a conflict of interest (repeat)", "person").repeated(),
  substitute: text(
    "substitute",
    "a substitute in a member's place, as the model allows (repeat)",
    "MEMBER=SUBSTITUTE",
  ).repeated(),
  vote: text(
    "vote",
    "a member's vote where the body's rule needs votes (repeat)",
    "PERSON=for|against|abstain",
  ).repeated(),
  meeting: text("meeting", "the meeting where the body decided (with --point)", "meeting").optional(),
  point: integer("point", "the agenda point of --meeting").optional(),
  writtenRound: text("written-round", "the written round in which the body decided", "round").optional(),
}
