import { command, group, handle, text } from "../cli/spec.js"
import { shared } from "./options.js"

const load = () => import("../actions/health.js")

/**
 * `health [status] [--date]`, the randvoorwaarden, and `health confirm|spend`, what feeds its
 * commitment and budget.
 */
export const health = group(
  "health",
  "the programme's health: staffing, commitment and budget, green / amber / red",
  [
    command(
      "status",
      "the health on a date, per condition with its findings (what `weerbaar health` shows)",
      { date: shared.date("the date YYYY-MM-DD (default today)") },
      handle(load, (m, g, a) => m.health(g, a)),
    ),
    command(
      "confirm",
      "a partner confirms it executes its part of an accorded proposal (--as a person of that organisation)",
      {
        item: shared.itemId,
        organisation: text(
          "organisation",
          "the partner organisation whose part it is (one with a budget line or a --task in the proposal)",
          "organisation",
        ),
        date: shared.date("the date of the confirmation YYYY-MM-DD (default today)"),
      },
      handle(load, (m, g, a) => m.confirmPart(g, a)),
    ),
    command(
      "spend",
      "report money spent on a budget line of an accorded proposal (--as a person of the line's organisation, or for the Stuurgroep)",
      {
        item: shared.itemId,
        line: text(
          "line",
          "the budget line category:organisation:year, as the proposal's --budget names it without the euros",
          "line",
        ),
        amount: text("amount", "the euros spent, e.g. 1250 or 1250.50", "euros"),
        date: text("date", "the date it was spent YYYY-MM-DD", "date"),
        description: text("description", "what the money was spent on", "text"),
        reason: text(
          "reason",
          "why the line is overspent, where that is signalled (comply or explain)",
          "text",
        ).optional(),
      },
      handle(load, (m, g, a) => m.reportSpending(g, a)),
    ),
  ],
  "status",
)
