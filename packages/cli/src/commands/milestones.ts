import * as Args from "@effect/cli/Args"
import * as Command from "@effect/cli/Command"
import * as Options from "@effect/cli/Options"
import { handle } from "../cli/handle.js"
import { shared } from "./options.js"

const load = () => import("../actions/milestones.js")
const id = Args.text({ name: "milestone" }).pipe(Args.withDescription("the milestone's id"))

/** `milestone plan|reschedule|deliver|agenda`. */
export const milestone = Command.make("milestone").pipe(
  Command.withDescription("milestones: the results of the phases, with due dates"),
  Command.withSubcommands([
    Command.make(
      "plan",
      {
        id,
        title: Options.text("title").pipe(Options.withDescription("the result")),
        phase: Options.choice("phase", ["inventariseren", "experimenteren", "uitvoeren", "borgen"]),
        owner: Options.text("owner").pipe(Options.withDescription("the owning body")),
        due: Options.text("due").pipe(Options.withDescription("the due date YYYY-MM-DD")),
      },
      handle(load, (m, g, a) => m.plan(g, a)),
    ).pipe(Command.withDescription("plan a milestone")),
    Command.make(
      "reschedule",
      {
        id,
        due: Options.text("due").pipe(Options.withDescription("the new due date YYYY-MM-DD")),
        reason: Options.text("reason").pipe(Options.withDescription("why")),
      },
      handle(load, (m, g, a) => m.reschedule(g, a)),
    ).pipe(Command.withDescription("move a milestone's due date")),
    Command.make(
      "deliver",
      {
        id,
        date: shared.date("the delivery date YYYY-MM-DD (default today)"),
        note: Options.text("note").pipe(Options.withDescription("a note"), Options.optional),
      },
      handle(load, (m, g, a) => m.deliver(g, a)),
    ).pipe(Command.withDescription("record a milestone's delivery")),
    Command.make(
      "agenda",
      { days: Options.integer("days").pipe(Options.withDescription("the horizon in days"), Options.withDefault(30)) },
      handle(load, (m, g, a) => m.agenda(g, a)),
    ).pipe(Command.withDescription("late milestones and those due soon")),
  ]),
)
