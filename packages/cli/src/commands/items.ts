import * as Command from "@effect/cli/Command"
import * as Options from "@effect/cli/Options"
import { handle } from "../cli/handle.js"
import { shared } from "./options.js"

type Kind = "beleidsvoorstel" | "opdracht"

const load = () => import("../actions/items.js")

/** The subcommands of an item kind on its approval route: `proposal` and `assignment`. */
export const itemCommands = (name: string, kind: Kind, what: string) => {
  const content = {
    title: shared.title,
    description: shared.description,
    budget: shared.budget,
    practice: shared.practice,
  }
  const draft = Command.make(
    "draft",
    { id: shared.itemId, body: Options.text("body").pipe(Options.withDescription("the drafting body")), ...content },
    handle(load, (m, g, a) => m.draft(g, kind, a)),
  ).pipe(Command.withDescription(`draft a new ${what} (--as a member of the drafting body)`))
  const edit = Command.make(
    "edit",
    { id: shared.itemId, ...content },
    handle(load, (m, g, a) => m.edit(g, kind, a)),
  ).pipe(Command.withDescription(`edit a draft or returned ${what}; options not given keep their value`))
  const submit = Command.make(
    "submit",
    { id: shared.itemId },
    handle(load, (m, g, a) => m.submit(g, kind, a)),
  ).pipe(Command.withDescription(`submit the ${what} to its approval route`))
  // Who met and when: the same for a decision and for its revocation.
  const meeting = {
    date: shared.date("the meeting date YYYY-MM-DD (default today)"),
    present: Options.text("present").pipe(
      Options.withDescription("a member present (repeat; default all voting members on the date)"),
      Options.repeated,
    ),
    recused: Options.text("recused").pipe(
      Options.withDescription("a member with a conflict of interest (repeat)"),
      Options.repeated,
    ),
  }
  const decide = Command.make(
    "decide",
    {
      id: shared.itemId,
      body: Options.text("body").pipe(Options.withDescription("the deciding body (stuurgroep, dvo, …)")),
      outcome: Options.choice("outcome", ["approve", "accord", "return", "reject", "take-note"]).pipe(
        Options.withDescription("the body's decision"),
      ),
      ...meeting,
      rationale: Options.text("rationale").pipe(Options.withDescription("why the body decided so")),
      remarks: Options.text("remarks").pipe(Options.withDescription("remarks (required to return)"), Options.optional),
      decisionId: Options.text("decision-id").pipe(
        Options.withDescription("the decision's id (default generated)"),
        Options.optional,
      ),
    },
    handle(load, (m, g, a) => m.decide(g, kind, a)),
  ).pipe(Command.withDescription(`record a body's decision on the ${what} (--as a person acting for the body)`))
  const revoke = Command.make(
    "revoke",
    {
      id: shared.itemId,
      decision: Options.text("decision").pipe(Options.withDescription("the id of the decision to revoke")),
      body: Options.text("body").pipe(Options.withDescription("the body that took it")),
      ...meeting,
      rationale: Options.text("rationale").pipe(Options.withDescription("why the body revokes it")),
      decisionId: Options.text("decision-id").pipe(
        Options.withDescription("the revocation's id (default generated)"),
        Options.optional,
      ),
    },
    handle(load, (m, g, a) => m.revoke(g, kind, a)),
  ).pipe(Command.withDescription(`revoke a body's earlier decision on the ${what}, releasing its budget`))
  const withdraw = Command.make(
    "withdraw",
    { id: shared.itemId, reason: Options.text("reason").pipe(Options.withDescription("why it is withdrawn")) },
    handle(load, (m, g, a) => m.withdraw(g, kind, a)),
  ).pipe(Command.withDescription(`withdraw the ${what} before the final decision`))
  const show = Command.make(
    "show",
    { id: shared.itemId },
    handle(load, (m, g, a) => m.show(g, kind, a)),
  ).pipe(Command.withDescription(`show the ${what} with its decisions`))
  const list = Command.make(
    "list",
    { status: Options.text("status").pipe(Options.withDescription("only items with this status"), Options.optional) },
    handle(load, (m, g, a) => m.list(g, kind, a)),
  ).pipe(Command.withDescription(`list the ${what}s`))
  return Command.make(name).pipe(
    Command.withDescription(`${what}s (${kind}) on their approval route`),
    Command.withSubcommands([draft, edit, submit, decide, revoke, withdraw, show, list]),
  )
}
