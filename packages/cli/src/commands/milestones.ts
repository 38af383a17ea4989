import { argument, choice, command, group, handle, integer, text } from "../cli/spec.js"
import { shared } from "./options.js"

const load = () => import("../actions/milestones.js")
const id = argument("milestone", "the milestone's id")

/** `milestone plan|reschedule|deliver|agenda`. */
export const milestone = group("milestone", "milestones: the results of the phases, with due dates", [
  command(
    "plan",
    "plan a milestone",
    {
      id,
      title: text("title", "the result", "title"),
      phase: choice(
        "phase",
        ["inventariseren", "experimenteren", "uitvoeren", "borgen"],
        "the phase of the programme it belongs to",
      ),
      owner: text("owner", "the owning body", "body"),
      due: text("due", "the due date YYYY-MM-DD", "date"),
    },
    handle(load, (m, g, a) => m.plan(g, a)),
  ),
  command(
    "reschedule",
    "move a milestone's due date",
    {
      id,
      due: text("due", "the new due date YYYY-MM-DD", "date"),
      reason: text("reason", "why", "text"),
    },
    handle(load, (m, g, a) => m.reschedule(g, a)),
  ),
  command(
    "deliver",
    "record a milestone's delivery",
    {
      id,
      date: shared.date("the delivery date YYYY-MM-DD (default today)"),
      note: text("note", "a note", "text").optional(),
    },
    handle(load, (m, g, a) => m.deliver(g, a)),
  ),
  command(
    "agenda",
    "late milestones and those due soon",
    { days: integer("days", "the horizon in days").withDefault(30) },
    handle(load, (m, g, a) => m.agenda(g, a)),
  ),
])
