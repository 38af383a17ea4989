import { argument, text } from "../cli/spec.js"

/** Options and arguments several commands share. */
export const shared = {
  itemId: argument("item", "the item's id (lowercase, digits, '.', '_', '-')"),
  title: text("title", "the title").optional(),
  description: text("description", "the description").optional(),
  budget: text("budget", "a budget line category:organisation:year:euros (repeat for more lines)", "line").repeated(),
  practice: text("practice", "a Best Practice the item contains (repeat for more)", "practice").repeated(),
  date: (description: string) => text("date", description, "date").optional(),
  out: text("out", "write to this file instead of the screen", "file").optional(),
}
