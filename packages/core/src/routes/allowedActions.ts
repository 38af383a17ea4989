import { Option } from "effect"
import { dateOf } from "../kernel/CalendarDate.js"
import type { Localized } from "../kernel/Localized.js"
import { byForce } from "../kernel/judge.js"
import type { RuleViolation } from "../kernel/Refusal.js"
import type { Outcome } from "../governance/Route.js"
import { bodyName } from "../governance/queries.js"
import {
  DecisionId,
  EditItem,
  ItemId,
  RecordDecision,
  RevokeDecision,
  type RouteCommand,
  SubmitItem,
  WithdrawItem,
} from "./commands.js"
import type { ItemState } from "./ItemState.js"
import { routeOf } from "./route.js"
import type { DecisionContext } from "../kernel/Decider.js"
import { standingViolations } from "./routeDecider.js"

/**
 * One action on an item's route and whether the actor may take it now; when not, every reason;
 * when allowed, the signals it would carry (rules the model lets through with `signaleren`).
 * `decide` actions name the body and outcome, `revoke` actions the decision they would revoke.
 * @category routes
 */
export interface AllowedAction {
  readonly action: "edit" | "submit" | "withdraw" | "decide" | "revoke"
  readonly body?: string
  readonly outcome?: Outcome
  readonly decision?: string
  readonly label: Localized
  readonly allowed: boolean
  readonly reasons: ReadonlyArray<RuleViolation>
  readonly signals: ReadonlyArray<RuleViolation>
}

const outcomeLabels: Record<Outcome, Localized> = {
  approve: { nl: "goedkeuren", en: "approve" },
  accord: { nl: "accorderen", en: "accord" },
  return: { nl: "terugwijzen met opmerkingen", en: "return with remarks" },
  reject: { nl: "afwijzen", en: "reject" },
  "take-note": { nl: "voor kennisgeving aannemen", en: "take note" },
}

const probeDecisionId = DecisionId.make("probe")

/** One action of an item's route and the command that probes it. @category routes */
export interface RouteProbe {
  readonly action: Omit<AllowedAction, "allowed" | "reasons" | "signals">
  readonly command: RouteCommand
}

/**
 * Every action of the item's route, each with the command `allowedActions` decides it by: edit,
 * submit, withdraw, each outcome of each step, and revoking each final decision. Lets a caller read
 * what the policies read for these commands before asking {@link allowedActions}.
 * @category routes
 */
export const routeProbes = (state: ItemState, ctx: DecisionContext): ReadonlyArray<RouteProbe> => {
  if (!state.exists) return []
  // The probes are built from a valid state: no need to validate them again (it is most of the cost).
  const itemId = ItemId.make(state.itemId, true)
  const meeting = { meetingDate: dateOf(ctx.now), attendance: [], recused: [], votes: [], rationale: "-" }
  const probes: Array<RouteProbe> = [
    {
      action: { action: "edit", label: { nl: "wijzigen", en: "edit" } },
      command: new EditItem({ itemId, content: state.content }, true),
    },
    {
      action: { action: "submit", label: { nl: "indienen", en: "submit" } },
      command: new SubmitItem({ itemId }, true),
    },
    {
      action: { action: "withdraw", label: { nl: "terugtrekken (opsteller)", en: "withdraw (drafter)" } },
      command: new WithdrawItem({ itemId, reason: "-" }, true),
    },
  ]
  const route = routeOf(ctx.model, state.kind)
  if (Option.isSome(route)) {
    for (const step of route.value.steps) {
      for (const outcome of step.outcomes) {
        const name = bodyName(ctx.model, step.body)
        probes.push({
          action: {
            action: "decide",
            body: step.body,
            outcome,
            label: { nl: `${name}: ${outcomeLabels[outcome].nl}`, en: `${name}: ${outcomeLabels[outcome].en}` },
          },
          command: new RecordDecision(
            { itemId, decisionId: probeDecisionId, body: step.body, outcome, ...meeting },
            true,
          ),
        })
      }
    }
  }
  for (const decision of state.decisions.filter((d) => d.final)) {
    probes.push({
      action: {
        action: "revoke",
        body: decision.body,
        decision: decision.decisionId,
        label: { nl: `besluit ${decision.decisionId} intrekken`, en: `revoke decision ${decision.decisionId}` },
      },
      command: new RevokeDecision(
        {
          itemId,
          decisionId: probeDecisionId,
          revokes: DecisionId.make(decision.decisionId),
          body: decision.body,
          ...meeting,
        },
        true,
      ),
    })
  }
  return probes
}

/**
 * Every action of the item's route with `allowed` and, when not allowed, all the reasons: what
 * `actor` may do now (at `ctx.now`). Computed by the very rules `decide` applies — the rules
 * that depend on the actor, the item and the date; a command's particulars (votes, quorum,
 * content) are checked when it is decided. `policyChecks` adds what the policies' checks refuse
 * (the programme's end), reported beside the route's own reasons as a refusal lists them;
 * `policyViolations` adds, to an action both allow, what the policies' reactions to it would
 * refuse or signal (the budget ledger's envelope). Every reason is judged by its force in the
 * model: an action whose only failing rules are signalled is allowed, with those `signals`.
 *
 * @example
 * ```ts
 * for (const a of allowedActions(state, { ...ctx, actor: "secretaris-dvo" })) {
 *   console.log(a.label.nl, a.allowed ? "mag" : a.reasons.map((r) => r.explanation.nl).join("; "))
 * }
 * ```
 * @category routes
 */
export const allowedActions = (
  state: ItemState,
  ctx: DecisionContext,
  policyViolations: (command: RouteCommand) => ReadonlyArray<RuleViolation> = () => [],
  policyChecks: (command: RouteCommand) => ReadonlyArray<RuleViolation> = () => [],
): ReadonlyArray<AllowedAction> =>
  routeProbes(state, ctx).map(({ action, command }) => {
    const standing = byForce([...standingViolations(command, state, ctx), ...policyChecks(command)], ctx.model)
    if (standing.refusing.length > 0) return { ...action, allowed: false, reasons: standing.refusing, signals: [] }
    const reacted = byForce(policyViolations(command), ctx.model)
    return reacted.refusing.length > 0
      ? { ...action, allowed: false, reasons: reacted.refusing, signals: [] }
      : { ...action, allowed: true, reasons: [], signals: [...standing.signals, ...reacted.signals] }
  })
