import { Context, Effect, Layer, Option } from "effect"
import { dateOf } from "../kernel/CalendarDate.js"
import { Refused, type RuleViolation, violation } from "../kernel/Refusal.js"
import { GovernanceModelAdopted, governanceEventCodec, governanceStreamId } from "../governance/adoption.js"
import { governanceRules } from "../governance/governanceRules.js"
import type { GovernanceModel } from "../governance/GovernanceModel.js"
import { bodyOfLevel, mayActFor } from "../governance/queries.js"
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
import type { ItemId } from "../routes/commands.js"
import { programmeEndPolicy } from "../handover/programmeEndFinal.js"

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
    /** Adopts a governance model; after the first, only a person acting for the DVO or the Stuurgroep may. */
    readonly adoptModel: (
      model: GovernanceModel,
      actor: PersonId,
    ) => Effect.Effect<Executed<GovernanceModel>, Refused | StreamVersionConflict | ReadError>
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
        adoptModel: (newModel, actor) =>
          Effect.gen(function* () {
            const current = yield* runtime.currentModel
            const at = yield* runtime.now
            if (Option.isSome(current)) {
              const today = dateOf(at)
              const governing = [bodyOfLevel(current.value, "bestuurlijk"), bodyOfLevel(current.value, "besturing")]
              const may = governing.some((b) => Option.isSome(b) && mayActFor(current.value, actor, b.value.id, today))
              if (!may) {
                return yield* new Refused({
                  command: "AdoptGovernanceModel",
                  violations: [violation(governanceRules.mayNotAdopt, { person: actor })],
                })
              }
            }
            const version = yield* store.streamVersion(governanceStreamId)
            const event = new GovernanceModelAdopted({ model: newModel, adoptedBy: actor, at })
            const result = yield* store.append(
              [
                {
                  streamId: governanceStreamId,
                  expectedVersion: version,
                  events: [governanceEventCodec.toNewEvent(event)],
                },
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
        route: (actor, command, options = {}) =>
          runtime.execute({
            streamId: itemStreamId(command.itemId),
            decider: routeDecider,
            codec: routeEventCodec,
            command,
            actor,
            options,
            policies: routePolicies,
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

/** The policies every command on an item's route goes through. @category application */
export const routePolicies: ReadonlyArray<Policy<RouteCommand, RouteEvent, ItemState>> = [
  budgetPolicy,
  practicePolicy,
  programmeEndPolicy(),
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
