import { argument, choice, command, group, handle, text } from "../cli/spec.js"
import { decisionRecordOptions, shared } from "./options.js"

const load = () => import("../actions/practices.js")
const loadViews = () => import("../actions/practiceViews.js")
const loadRevision = () => import("../actions/practiceRevision.js")
const id = argument("practice", "the Best Practice's id")

/** `best-practice …`: the catalogue of Best Practices. */
export const bestPractice = group("best-practice", "the Best Practice catalogue", [
  command(
    "register",
    "inventory a candidate (--as a member of the theme's expert group)",
    {
      id,
      theme: text(
        "theme",
        "the theme whose expert group inventories it: one of the model's themes (`weerbaar governance --json` lists them), e.g. ondermijnende-criminaliteit",
        "theme",
      ),
      title: text("title", "the title", "title"),
      description: text("description", "what it is", "text").withDefault(""),
      origin: choice("origin", ["elders-nl", "buitenland", "eigen-ontwikkeling"], "where it comes from"),
      source: text("source", "where it was found", "text"),
      effect: text("effect", "an intended effect (repeat)", "text").repeated(),
    },
    handle(load, (m, g, a) => m.registerPractice(g, a)),
  ),
  command(
    "document",
    "document it so others can adopt it",
    {
      id,
      description: text("description", "what it is", "text"),
      context: text("context", "in which context it works", "text"),
      conditions: text("conditions", "its conditions (randvoorwaarden)", "text"),
      agreements: text("agreements", "the execution agreements: who does what", "text"),
    },
    handle(load, (m, g, a) => m.documentPractice(g, a)),
  ),
  command(
    "designate",
    "record the Stuurgroep's designation of a pilot municipality, decided in its meeting",
    {
      id,
      municipality: text("municipality", "the pilot municipality", "municipality"),
      decisionId: text("decision-id", "the Stuurgroep's decision", "id"),
      rationale: text("rationale", "why the Stuurgroep designates it", "text"),
      ...decisionRecordOptions,
    },
    handle(load, (m, g, a) => m.designate(g, a)),
  ),
  command(
    "network-agreement",
    "record that the DVO took note, in its meeting, of an agreement of the network (an RVO agreement) its municipalities execute",
    {
      id,
      theme: text("theme", "the theme the measure belongs to: one of the model's themes", "theme"),
      title: text("title", "the measure's title", "title"),
      description: text("description", "what the municipalities execute", "text").withDefault(""),
      source: text("source", "where the agreement is published", "text"),
      effect: text("effect", "an intended effect (repeat)", "text").repeated(),
      agreement: text("agreement", "the agreement's name, e.g. Hennepconvenant Oost-Nederland", "title"),
      agreedBy: text("agreed-by", "the body of the network that made it, e.g. RVO Oost-Nederland", "body"),
      proposedBy: text("proposed-by", "on whose proposal, e.g. BBG VNON", "body").optional(),
      agreedOn: text("agreed-on", "the date the network agreed it YYYY-MM-DD", "date"),
      reference: text("reference", "where the agreement is written down", "text").optional(),
      decisionId: text("decision-id", "the DVO's decision taking note", "id"),
      rationale: text("rationale", "what the DVO noted", "text"),
      ...decisionRecordOptions,
    },
    handle(load, (m, g, a) => m.networkAgreement(g, a)),
  ),
  command(
    "start-pilot",
    "start the pilot in the designated municipalities",
    { id, date: shared.date("the date the pilot started YYYY-MM-DD (default today)") },
    handle(load, (m, g, a) => m.start(g, a, "pilot")),
  ),
  command(
    "start-execution",
    "start coordinating the execution of an accorded practice",
    { id, date: shared.date("the date the execution started YYYY-MM-DD (default today)") },
    handle(load, (m, g, a) => m.start(g, a, "execution")),
  ),
  command(
    "reject",
    "drop a candidate before its pilot (--as a member of the theme's expert group)",
    { id, reason: text("reason", "why the expert group drops the candidate", "text") },
    handle(load, (m, g, a) => m.end(g, a, "reject")),
  ),
  command(
    "stop",
    "stop a practice's pilot or execution",
    { id, reason: text("reason", "why the pilot or the execution stops", "text") },
    handle(load, (m, g, a) => m.end(g, a, "stop")),
  ),
  command(
    "evaluate",
    "record an evaluation of the pilot or the execution",
    {
      id,
      kind: choice("kind", ["pilot", "uitvoering"], "what was evaluated: the pilot or the execution"),
      method: text("method", "how it was evaluated", "text"),
      findings: text("findings", "what was found", "text"),
      evidence: choice(
        "evidence",
        [
          "goed-beschreven",
          "goed-onderbouwd",
          "effectief-eerste-aanwijzingen",
          "effectief-goede-aanwijzingen",
          "effectief-sterke-aanwijzingen",
        ],
        "the level of evidence the evaluation reached",
      ),
      by: text("by", "who evaluated", "who"),
      effect: text("effect", "a measured effect as effect=result (repeat)", "effect=result").repeated(),
      date: shared.date("the evaluation date YYYY-MM-DD (default today)"),
      evaluationId: text("evaluation-id", "the evaluation's id (default generated)", "id").optional(),
    },
    handle(load, (m, g, a) => m.evaluate(g, a)),
  ),
  command(
    "revise",
    "make a new version of a practice the network took over from a handover package (--as a member of its expert group)",
    {
      id,
      reason: text("reason", "why it is revised", "text"),
      title: text("title", "the new title", "title").optional(),
      about: text("about", "the new description of what the practice is", "text").optional(),
      effect: text("effect", "an intended effect, replacing the list (repeat)", "text").repeated(),
      description: text("description", "the documentation's new description", "text").optional(),
      context: text("context", "the documentation's new context", "text").optional(),
      conditions: text("conditions", "the documentation's new conditions (randvoorwaarden)", "text").optional(),
      agreements: text("agreements", "the documentation's new execution agreements", "text").optional(),
    },
    handle(loadRevision, (m, g, a) => m.revisePractice(g, a)),
  ),
  command(
    "link",
    "link a practice to a related practice, usually of another theme (--as a member of either expert group, or for the Stuurgroep)",
    {
      id,
      related: text("related", "the related practice's id", "practice"),
      note: text("note", "why they belong together", "text"),
    },
    handle(load, (m, g, a) => m.linkPractices(g, a)),
  ),
  command(
    "coherence",
    "the coherence (samenhang) of the measures: per theme, the links across themes, and municipalities where themes meet",
    { date: shared.date("the day the tracks stand as YYYY-MM-DD (default today)") },
    handle(
      () => import("../actions/coherence.js"),
      (m, g, a) => m.showCoherence(g, a),
    ),
  ),
  command(
    "show",
    "a practice's dossier",
    { id },
    handle(loadViews, (m, g, a) => m.showPractice(g, a)),
  ),
  command(
    "list",
    "the catalogue",
    {},
    handle(loadViews, (m, g) => m.listPractices(g)),
  ),
])
