import * as Command from "@effect/cli/Command"
import * as Options from "@effect/cli/Options"
import { handle } from "../cli/handle.js"
import { shared } from "./options.js"

const load = () => import("../actions/health.js")

/** `health [--date]`, the randvoorwaarden, and `health confirm|spend`, what feeds its commitment and budget. */
export const health = Command.make(
  "health",
  { date: shared.date("the date YYYY-MM-DD (default today)") },
  handle(load, (m, g, a) => m.health(g, a)),
).pipe(
  Command.withDescription("the programme's health: staffing, commitment and budget, green / amber / red"),
  Command.withSubcommands([
    Command.make(
      "confirm",
      {
        item: shared.itemId,
        organisation: Options.text("organisation").pipe(
          Options.withDescription("the partner organisation whose part it is (one with a budget line in the proposal)"),
        ),
      },
      handle(load, (m, g, a) => m.confirmPart(g, a)),
    ).pipe(
      Command.withDescription(
        "a partner confirms it executes its part of an accorded proposal (--as a person of that organisation)",
      ),
    ),
    Command.make(
      "spend",
      {
        item: shared.itemId,
        line: Options.text("line").pipe(
          Options.withDescription(
            "the budget line category:organisation:year, as the proposal's --budget names it without the euros",
          ),
        ),
        amount: Options.text("amount").pipe(Options.withDescription("the euros spent, e.g. 1250 or 1250.50")),
        date: Options.text("date").pipe(Options.withDescription("the date it was spent YYYY-MM-DD")),
        description: Options.text("description").pipe(Options.withDescription("what the money was spent on")),
      },
      handle(load, (m, g, a) => m.reportSpending(g, a)),
    ).pipe(
      Command.withDescription(
        "report money spent on a budget line of an accorded proposal (--as a person of the line's organisation, or for the Stuurgroep)",
      ),
    ),
  ]),
)
