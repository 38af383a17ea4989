import * as Args from "@effect/cli/Args"
import * as Command from "@effect/cli/Command"
import * as Options from "@effect/cli/Options"
import { handle } from "../cli/handle.js"
import { shared } from "./options.js"

const load = () => import("../actions/practices.js")
const id = Args.text({ name: "practice" }).pipe(Args.withDescription("the Best Practice's id"))
const text = (name: string, description: string) => Options.text(name).pipe(Options.withDescription(description))

/** `best-practice …`: the catalogue of Best Practices. */
export const bestPractice = Command.make("best-practice").pipe(
  Command.withDescription("the Best Practice catalogue"),
  Command.withSubcommands([
    Command.make(
      "register",
      {
        id,
        theme: Options.choice("theme", ["weerbare-overheid", "weerbare-maatschappij", "ondermijnende-criminaliteit"]),
        title: text("title", "the title"),
        description: text("description", "what it is").pipe(Options.withDefault("")),
        origin: Options.choice("origin", ["elders-nl", "buitenland", "eigen-ontwikkeling"]),
        source: text("source", "where it was found"),
        effect: text("effect", "an intended effect (repeat)").pipe(Options.repeated),
      },
      handle(load, (m, g, a) => m.registerPractice(g, a)),
    ).pipe(Command.withDescription("inventory a candidate (--as a member of the theme's expert group)")),
    Command.make(
      "document",
      {
        id,
        description: text("description", "what it is"),
        context: text("context", "in which context it works"),
        conditions: text("conditions", "its conditions (randvoorwaarden)"),
        agreements: text("agreements", "the execution agreements: who does what"),
      },
      handle(load, (m, g, a) => m.documentPractice(g, a)),
    ).pipe(Command.withDescription("document it so others can adopt it")),
    Command.make(
      "designate",
      {
        id,
        municipality: text("municipality", "the pilot municipality"),
        decisionId: text("decision-id", "the Stuurgroep's decision"),
        date: shared.date("the meeting date YYYY-MM-DD (default today)"),
      },
      handle(load, (m, g, a) => m.designate(g, a)),
    ).pipe(Command.withDescription("record the Stuurgroep's designation of a pilot municipality")),
    Command.make(
      "start-pilot",
      { id },
      handle(load, (m, g, a) => m.start(g, a, "pilot")),
    ).pipe(Command.withDescription("start the pilot in the designated municipalities")),
    Command.make(
      "start-execution",
      { id },
      handle(load, (m, g, a) => m.start(g, a, "execution")),
    ).pipe(Command.withDescription("start coordinating the execution of an accorded practice")),
    Command.make(
      "reject",
      { id, reason: text("reason", "why the expert group drops the candidate") },
      handle(load, (m, g, a) => m.end(g, a, "reject")),
    ).pipe(Command.withDescription("drop a candidate before its pilot (--as a member of the theme's expert group)")),
    Command.make(
      "stop",
      { id, reason: text("reason", "why the pilot or the execution stops") },
      handle(load, (m, g, a) => m.end(g, a, "stop")),
    ).pipe(Command.withDescription("stop a practice's pilot or execution")),
    Command.make(
      "evaluate",
      {
        id,
        kind: Options.choice("kind", ["pilot", "uitvoering"]),
        method: text("method", "how it was evaluated"),
        findings: text("findings", "what was found"),
        evidence: Options.choice("evidence", [
          "goed-beschreven",
          "goed-onderbouwd",
          "effectief-eerste-aanwijzingen",
          "effectief-goede-aanwijzingen",
          "effectief-sterke-aanwijzingen",
        ]),
        by: text("by", "who evaluated"),
        effect: text("effect", "a measured effect as effect=result (repeat)").pipe(Options.repeated),
        date: shared.date("the evaluation date YYYY-MM-DD (default today)"),
        evaluationId: text("evaluation-id", "the evaluation's id (default generated)").pipe(Options.optional),
      },
      handle(load, (m, g, a) => m.evaluate(g, a)),
    ).pipe(Command.withDescription("record an evaluation of the pilot or the execution")),
    Command.make(
      "show",
      { id },
      handle(load, (m, g, a) => m.showPractice(g, a)),
    ).pipe(Command.withDescription("a practice's dossier")),
    Command.make(
      "list",
      {},
      handle(load, (m, g) => m.listPractices(g)),
    ).pipe(Command.withDescription("the catalogue")),
  ]),
)
