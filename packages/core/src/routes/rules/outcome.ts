import { defineRule, type RuleViolation, violation } from "../../kernel/Refusal.js"
import type { RouteStep } from "../../governance/Route.js"
import type { RecordDecision } from "../commands.js"

export const outcomeNotAllowed = defineRule<{ body: string; outcome: string; allowed: ReadonlyArray<string> }>()({
  code: "route.outcome-not-allowed",
  rule: {
    nl: "Een orgaan besluit alleen tot een uitkomst die zijn stap op de route toestaat.",
    en: "A body decides only an outcome its step on the route allows.",
  },
  explain: (f) => ({
    nl: `${f.body} kan hier niet besluiten tot '${f.outcome}'; wel tot: ${f.allowed.join(", ")}.`,
    en: `${f.body} cannot decide '${f.outcome}' here; it can decide: ${f.allowed.join(", ")}.`,
  }),
})

export const remarksRequired = defineRule<{ item: string }>()({
  code: "decision.remarks-required",
  rule: {
    nl: "Wie een stuk terugwijst, geeft opmerkingen mee.",
    en: "Whoever returns an item gives remarks with it.",
  },
  explain: (f) => ({
    nl: `Terugwijzing van ${f.item} zonder opmerkingen.`,
    en: `Returning ${f.item} without remarks.`,
  }),
})

/** A body decides an outcome its step on the route allows. @category routes */
export const allowedOutcomeViolations = (step: RouteStep, command: RecordDecision): ReadonlyArray<RuleViolation> =>
  step.outcomes.includes(command.outcome)
    ? []
    : [violation(outcomeNotAllowed, { body: command.body, outcome: command.outcome, allowed: step.outcomes })]

/** A body that returns an item gives the drafters remarks with it. @category routes */
export const remarksViolations = (command: RecordDecision, item: string): ReadonlyArray<RuleViolation> =>
  command.outcome === "return" && (command.remarks ?? "").trim() === "" ? [violation(remarksRequired, { item })] : []
