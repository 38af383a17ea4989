import { routeDecisionInMeetingPolicy } from "../meetings/routeDecisionPolicy.js"
import { Context, Effect, Either, Layer } from "effect"
import { type CalendarDate, dateOf } from "../kernel/CalendarDate.js"
import type { Refused, RuleViolation } from "../kernel/Refusal.js"
import { GovernanceModelAdopted, governanceEventCodec, governanceStreamId } from "../governance/adoption.js"
import { adoptionVerdict } from "../governance/adoptionVerdict.js"
import type { GovernanceModel } from "../governance/GovernanceModel.js"
import type { ModelVersion } from "../governance/ModelVersion.js"
import type { StreamVersionConflict } from "../ports/EventStore.js"
import { type AllowedAction, allowedActions, routeProbes } from "../routes/allowedActions.js"
import type { BudgetPosition } from "../routes/Budget.js"
import { budgetLedgerStreamId, ledgerEventCodec } from "../routes/budgetLedger.js"
import { budgetLedgerDecider } from "../routes/budgetLedgerDecider.js"
import { budgetPolicy } from "../routes/budgetPolicy.js"
import type { RouteCommand } from "../routes/commands.js"
import { itemStreamId, type RouteEvent, routeEventCodec } from "../routes/events.js"
import type { ItemState } from "../routes/ItemState.js"
import { routeDecider } from "../routes/routeDecider.js"
import { routeEventsOf } from "../routes/routeEvents.js"
import { practicePolicy } from "../practices/practicePolicy.js"
import type { DecisionContext } from "../kernel/Decider.js"
import type { Policy, ReadStates } from "../kernel/Policy.js"
import { reactionViolations } from "./reactions.js"
import { loadPolicyReads } from "./policyReads.js"
import { ProgrammeRuntime } from "./ProgrammeRuntime.js"
import type { ExecuteError, ExecuteOptions, Executed, NoGovernanceModel, ReadError } from "./Executed.js"
import type { PersonId } from "../governance/Ids.js"
import type { DecisionId, ItemId } from "../routes/commands.js"
import { programmeEndPolicy } from "../handover/programmeEndFinal.js"

/** What a new version of the rule book cites and when it applies. @category application */
export interface AdoptOptions {
  /** The DVO's final approving decision on a `programmaplan` or `programmabijstelling` item. */
  readonly decision?: { readonly itemId: ItemId; readonly decisionId: DecisionId }
  /** The first day the version applies; by default the decision's meeting date. */
  readonly validFrom?: CalendarDate
}

/** An item's state with the version of its stream (for ETags). @category application */
export type ItemView = ItemState & { readonly streamVersion: number }

/**
 * The application service of a programme's approval routes: adopts the governance model,
 * executes commands on items for an actor, and answers what an actor may do now.
 *
 * @example
 * ```ts
 * const program = Effect.gen(function* () {
 *   const programme = yield* Programme
 *   yield* programme.adoptModel(samenWeerbaar(), PersonId.make("secretaris-stuurgroep"))
 *   yield* programme.route(PersonId.make("lid-eg-oc-riec"), new DraftItem({ ... }))
 * }).pipe(Effect.provide(Programme.layer.pipe(Layer.provideMerge(ProgrammeRuntime.layer), ...)))
 * ```
 * @category application
 */
export class Programme extends Context.Tag("@weerbaar/core/Programme")<
  Programme,
  {
    /** The governance model in force. */
    readonly model: Effect.Effect<GovernanceModel, NoGovernanceModel | ReadError>
    /**
     * Adopts a version of the rule book (see {@link adoptionVerdict}): the first founds the store as
     * a concept; a change of structure cites the DVO's decision on the programme plan or an
     * adjustment (`decision`) and applies from its date or `validFrom`; a change of memberships
     * only is made by a person acting for each body concerned.
     */
    readonly adoptModel: (
      model: GovernanceModel,
      actor: PersonId,
      options?: AdoptOptions,
    ) => Effect.Effect<Executed<GovernanceModel>, Refused | StreamVersionConflict | ReadError>
    /** Every version of the rule book, in the order adopted. */
    readonly versions: Effect.Effect<ReadonlyArray<ModelVersion>, ReadError>
    /** The version of the rule book in force on `date`. */
    readonly modelOn: (date: CalendarDate) => Effect.Effect<GovernanceModel, NoGovernanceModel | ReadError>
    /** Executes a command on an item's approval route. */
    readonly route: (
      actor: PersonId,
      command: RouteCommand,
      options?: ExecuteOptions,
    ) => Effect.Effect<Executed<ItemState>, ExecuteError>
    /** The state of an item. */
    readonly item: (itemId: ItemId) => Effect.Effect<ItemView, ReadError>
    /** What `actor` may do now on an item, with the reasons for the rest. */
    readonly allowedActions: (
      actor: PersonId,
      itemId: ItemId,
    ) => Effect.Effect<ReadonlyArray<AllowedAction>, ReadError | NoGovernanceModel>
    /** The programme's budget: available and committed by accords. */
    readonly budget: Effect.Effect<BudgetPosition, ReadError | NoGovernanceModel>
    /** A new identifier with a prefix (`bv`, `besluit`, …). */
    readonly newId: (prefix: string) => Effect.Effect<string>
  }
>() {
  /** The service on the {@link ProgrammeRuntime}. */
  static readonly layer: Layer.Layer<Programme, never, ProgrammeRuntime> = Layer.effect(
    Programme,
    Effect.gen(function* () {
      const runtime = yield* ProgrammeRuntime
      const { store } = runtime
      const loadItem = (itemId: string) => runtime.load(itemStreamId(itemId), routeDecider, routeEventCodec)
      const loadBudget = (m: GovernanceModel) =>
        Effect.map(runtime.load(budgetLedgerStreamId, budgetLedgerDecider, ledgerEventCodec), ({ state }) => ({
          available: m.programme.availableBudget,
          committed: state.committed,
        }))

      return {
        model: runtime.model,
        adoptModel: (newModel, actor, options = {}) =>
          Effect.gen(function* () {
            const versions = yield* runtime.versions
            const at = yield* runtime.now
            const cited =
              options.decision === undefined
                ? undefined
                : {
                    item: (yield* loadItem(options.decision.itemId)).state,
                    decisionId: options.decision.decisionId,
                  }
            const verdict = adoptionVerdict(versions, {
              model: newModel,
              actor,
              today: dateOf(at),
              ...(cited === undefined ? {} : { decision: cited }),
              ...(options.validFrom === undefined ? {} : { validFrom: options.validFrom }),
            })
            if (Either.isLeft(verdict)) return yield* verdict.left
            const version = yield* store.streamVersion(governanceStreamId)
            const event = new GovernanceModelAdopted({ model: newModel, adoptedBy: actor, at, ...verdict.right })
            // The cited item is held at the version read: a revocation meanwhile fails the append.
            const held =
              options.decision === undefined
                ? []
                : [
                    {
                      streamId: itemStreamId(options.decision.itemId),
                      expectedVersion: yield* store.streamVersion(itemStreamId(options.decision.itemId)),
                      events: [],
                    },
                  ]
            const result = yield* store.append(
              [
                {
                  streamId: governanceStreamId,
                  expectedVersion: version,
                  events: [governanceEventCodec.toNewEvent(event)],
                },
                ...held,
              ],
              { actor },
            )
            return {
              events: result.events,
              signals: [],
              duplicate: result.duplicate,
              streamVersion: version + 1,
              state: newModel,
            }
          }),
        versions: runtime.versions,
        modelOn: runtime.modelOn,
        route: (actor, command, options = {}) =>
          runtime.execute({
            streamId: itemStreamId(command.itemId),
            decider: routeDecider,
            codec: routeEventCodec,
            command,
            actor,
            options,
            policies: routePolicies,
            duringConcept: onThePlansRoute,
          }),
        item: (itemId) => Effect.map(loadItem(itemId), ({ state, version }) => ({ ...state, streamVersion: version })),
        allowedActions: (actor, itemId) =>
          Effect.gen(function* () {
            const m = yield* runtime.model
            const { state } = yield* loadItem(itemId)
            const ctx = { actor, model: m, now: yield* runtime.now }
            // What the policies read for any of the actions, read once: their checks (the programme's
            // end) and the budget ledger's reactions are judged on it.
            const read = yield* loadPolicyReads(
              runtime,
              routeProbes(state, ctx).flatMap(({ command }) => routePolicies.flatMap((p) => p.reads(command, state))),
            )
            return allowedActions(
              state,
              ctx,
              (probe) => ledgerRefusals(probe, state, ctx, read),
              (probe) => routePolicies.flatMap((p) => p.check(probe, state, read, ctx)),
            )
          }),
        budget: Effect.flatMap(runtime.model, loadBudget),
        newId: runtime.newId,
      }
    }),
  )
}

// While the rule book is the founding's concept, only the programme plan travels its route.
const onThePlansRoute = (command: RouteCommand, state: ItemState): boolean =>
  state.exists ? state.kind === "programmaplan" : command._tag === "DraftItem" && command.kind === "programmaplan"

/** The policies every command on an item's route goes through. @category application */
export const routePolicies: ReadonlyArray<Policy<RouteCommand, RouteEvent, ItemState>> = [
  budgetPolicy,
  practicePolicy,
  programmeEndPolicy(),
  routeDecisionInMeetingPolicy,
]

// What the budget ledger would refuse (or signal) of an action the route's own rules allow: the
// reason `allowedActions` gives for an accord beyond the available budget.
const ledgerRefusals = (
  probe: RouteCommand,
  state: ItemState,
  ctx: DecisionContext,
  read: ReadStates,
): ReadonlyArray<RuleViolation> =>
  probe._tag === "RecordDecision"
    ? reactionViolations([budgetPolicy], routeDecider, probe, state, routeEventsOf(probe, state, ctx), ctx, read)
    : []
