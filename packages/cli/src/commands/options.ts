import * as Args from "@effect/cli/Args"
import * as Options from "@effect/cli/Options"

/** Options and arguments several commands share. */
export const shared = {
  itemId: Args.text({ name: "item" }).pipe(Args.withDescription("the item's id (lowercase, digits, '.', '_', '-')")),
  title: Options.text("title").pipe(Options.withDescription("the title"), Options.optional),
  description: Options.text("description").pipe(Options.withDescription("the description"), Options.optional),
  budget: Options.text("budget").pipe(
    Options.withDescription("a budget line category:organisation:year:euros (repeat for more lines)"),
    Options.repeated,
  ),
  practice: Options.text("practice").pipe(
    Options.withDescription("a Best Practice the item contains (repeat for more)"),
    Options.repeated,
  ),
  date: (description: string) => Options.text("date").pipe(Options.withDescription(description), Options.optional),
  out: Options.text("out").pipe(Options.withDescription("write to this file instead of the screen"), Options.optional),
}
