import { argument, choice, command, group, handle, text } from "../cli/spec.js"
import { shared } from "./options.js"

const load = () => import("../actions/writtenRounds.js")
const id = argument("round", "the written round's id (lowercase, digits, '.', '_', '-')")

/** `written-round start|respond|close|show`: a body deciding between meetings. */
export const writtenRound = group("written-round", "written rounds (schriftelijke ronde) where the model allows them", [
  command(
    "start",
    "send a proposal to the body's members with a deadline (--as its chair or secretary)",
    {
      id,
      body: text("body", "the deciding body", "body"),
      title: text("title", "what the round is about", "text"),
      proposal: text("proposal", "the decision proposed, in words", "text"),
      item: text("item", "the item the round decides on (with --outcome)", "item").optional(),
      outcome: choice(
        "outcome",
        ["approve", "accord", "return", "reject", "take-note"],
        "the decision proposed on --item",
      ).optional(),
      minutes: text("minutes", "the meeting whose besluitenlijst the round adopts", "meeting").optional(),
      paper: text("paper", "a paper: a title, file or link (repeat)", "text").repeated(),
      date: shared.date("the day it was sent YYYY-MM-DD (default today)"),
      deadline: text("deadline", "the last day to answer YYYY-MM-DD", "date"),
    },
    handle(load, (m, g, a) => m.start(g, a)),
  ),
  command(
    "respond",
    "a member's answer (--as the member, or the secretary with --member)",
    {
      id,
      response: choice("response", ["agree", "object", "abstain"], "the answer"),
      member: text("member", "the member answering, when the secretary records it", "person").optional(),
      remark: text("remark", "a remark with the answer", "text").optional(),
      date: shared.date("the day of the answer YYYY-MM-DD (default today)"),
    },
    handle(load, (m, g, a) => m.respond(g, a)),
  ),
  command(
    "close",
    "close the round at its deadline (or when all answered); a carried round on an item decides it",
    {
      id,
      date: shared.date("the day it closes YYYY-MM-DD (default today)"),
      decisionId: text("decision-id", "the decision's id (default generated)", "id").optional(),
    },
    handle(load, (m, g, a) => m.close(g, a)),
  ),
  command(
    "show",
    "a written round with its answers",
    { id },
    handle(load, (m, g, a) => m.show(g, a)),
  ),
])
