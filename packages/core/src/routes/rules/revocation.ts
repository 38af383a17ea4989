import { defineRule, type RuleViolation, violation } from "../../kernel/Refusal.js"
import type { RevokeDecision } from "../commands.js"
import type { Item } from "../ItemState.js"

export const decisionNotFound = defineRule<{ decision: string; item: string }>()({
  code: "revocation.decision-not-found",
  rule: {
    nl: "Een intrekking noemt een bestaand besluit over het stuk.",
    en: "A revocation cites an existing decision on the item.",
  },
  explain: (f) => ({
    nl: `Besluit ${f.decision} over ${f.item} bestaat niet.`,
    en: `Decision ${f.decision} on ${f.item} does not exist.`,
  }),
})

export const notFinal = defineRule<{ decision: string }>()({
  code: "revocation.not-final",
  rule: {
    nl: "Alleen een eindbesluit wordt ingetrokken; een tussenstap volgt de route.",
    en: "Only a final decision is revoked; an intermediate step follows the route.",
  },
  explain: (f) => ({
    nl: `Besluit ${f.decision} is geen eindbesluit.`,
    en: `Decision ${f.decision} is not a final decision.`,
  }),
})

export const meetingBeforeDecision = defineRule<{ meetingDate: string; decision: string; decidedOn: string }>()({
  code: "revocation.meeting-before-decision",
  rule: {
    nl: "Een besluit wordt ingetrokken in een vergadering na die waarin het werd genomen.",
    en: "A decision is revoked in a meeting after the one that took it.",
  },
  explain: (f) => ({
    nl: `De vergadering van ${f.meetingDate} was vóór die van ${f.decidedOn}, waarin besluit ${f.decision} werd genomen.`,
    en: `The meeting of ${f.meetingDate} was before that of ${f.decidedOn}, which took decision ${f.decision}.`,
  }),
})

export const alreadyRevoked = defineRule<{ decision: string; revokedBy: string }>()({
  code: "revocation.already-revoked",
  invariant: true,
  rule: { nl: "Een besluit wordt één keer ingetrokken.", en: "A decision is revoked once." },
  explain: (f) => ({
    nl: `Besluit ${f.decision} is al ingetrokken door ${f.revokedBy}.`,
    en: `Decision ${f.decision} was revoked already by ${f.revokedBy}.`,
  }),
})

export const notDecidingBody = defineRule<{ decision: string; body: string; decidedBy: string }>()({
  code: "revocation.not-deciding-body",
  invariant: true,
  rule: {
    nl: "Alleen het orgaan dat een besluit nam, trekt het in.",
    en: "Only the body that took a decision revokes it.",
  },
  explain: (f) => ({
    nl: `Besluit ${f.decision} is genomen door ${f.decidedBy}, niet door ${f.body}.`,
    en: `Decision ${f.decision} was taken by ${f.decidedBy}, not by ${f.body}.`,
  }),
})

/**
 * A revocation (intrekking) cites a final decision on the item that is not revoked yet, is taken
 * by the body that took it, and in a meeting not before that decision's.
 * @category routes
 */
export const revocationViolations = (command: RevokeDecision, item: Item): ReadonlyArray<RuleViolation> => {
  const decision = item.decisions.find((d) => d.decisionId === command.revokes)
  if (decision === undefined) return [violation(decisionNotFound, { decision: command.revokes, item: item.itemId })]
  const violations: Array<RuleViolation> = []
  if (!decision.final) violations.push(violation(notFinal, { decision: decision.decisionId }))
  if (decision.revokedBy !== undefined) {
    violations.push(violation(alreadyRevoked, { decision: decision.decisionId, revokedBy: decision.revokedBy }))
  }
  if (decision.body !== command.body) {
    violations.push(
      violation(notDecidingBody, { decision: decision.decisionId, body: command.body, decidedBy: decision.body }),
    )
  }
  return violations
}

/** A revocation is decided in a meeting not before the meeting of the decision it revokes. @category routes */
export const revocationDateViolations = (command: RevokeDecision, item: Item): ReadonlyArray<RuleViolation> => {
  const decision = item.decisions.find((d) => d.decisionId === command.revokes)
  return decision !== undefined && command.meetingDate < decision.meetingDate
    ? [
        violation(meetingBeforeDecision, {
          meetingDate: command.meetingDate,
          decision: decision.decisionId,
          decidedOn: decision.meetingDate,
        }),
      ]
    : []
}
