import { Context, Effect, Layer } from "effect"
import {
  type MilestoneCommand,
  milestoneEventCodec,
  type MilestoneState,
  milestoneStreamId,
} from "../milestones/Milestone.js"
import { type MilestoneAgenda, milestoneAgendaToday } from "../milestones/milestoneAgenda.js"
import { milestoneDecider } from "../milestones/milestoneDecider.js"
import { ProgrammeRuntime } from "./ProgrammeRuntime.js"
import type { ExecuteError, ExecuteOptions, Executed, ReadError } from "./Executed.js"
import { statesWithPrefix } from "./streamsWithPrefix.js"
import type { PersonId } from "../governance/Ids.js"
import type { MilestoneId } from "../milestones/Milestone.js"
import { programmeEndPolicy } from "../handover/programmeEndFinal.js"

/**
 * The application service of milestones: plans, reschedules and deliveries, and the agenda of late
 * and upcoming milestones as of today (read through Effect's `Clock`).
 *
 * @example
 * ```ts
 * const milestones = yield* Milestones
 * const { late, upcoming } = yield* milestones.agenda(30)
 * ```
 * @category application
 */
export class Milestones extends Context.Tag("@weerbaar/core/Milestones")<
  Milestones,
  {
    /** Executes a command on a milestone. */
    readonly execute: (
      actor: PersonId,
      command: MilestoneCommand,
      options?: ExecuteOptions,
    ) => Effect.Effect<Executed<MilestoneState>, ExecuteError>
    /** The state of a milestone. */
    readonly milestone: (milestoneId: MilestoneId) => Effect.Effect<MilestoneState, ReadError>
    /** The late milestones and those due within `horizonDays`, as of today. */
    readonly agenda: (horizonDays: number) => Effect.Effect<MilestoneAgenda, ReadError>
  }
>() {
  /** The service on the {@link ProgrammeRuntime}. */
  static readonly layer: Layer.Layer<Milestones, never, ProgrammeRuntime> = Layer.effect(
    Milestones,
    Effect.gen(function* () {
      const runtime = yield* ProgrammeRuntime
      return {
        execute: (actor, command, options = {}) =>
          runtime.execute({
            streamId: milestoneStreamId(command.milestoneId),
            decider: milestoneDecider,
            codec: milestoneEventCodec,
            command,
            actor,
            options,
            policies: [programmeEndPolicy()],
          }),
        milestone: (milestoneId) =>
          Effect.map(
            runtime.load(milestoneStreamId(milestoneId), milestoneDecider, milestoneEventCodec),
            (loaded) => loaded.state,
          ),
        agenda: (horizonDays) =>
          Effect.flatMap(
            statesWithPrefix(runtime.store, "milestone-", milestoneDecider, milestoneEventCodec),
            (states) =>
              milestoneAgendaToday(
                [...states.values()].flatMap((m) =>
                  m.exists
                    ? [
                        {
                          milestoneId: m.milestoneId,
                          title: m.title,
                          ownerBody: m.ownerBody,
                          dueDate: m.dueDate,
                          ...(m.deliveredOn === undefined ? {} : { deliveredOn: m.deliveredOn }),
                        },
                      ]
                    : [],
                ),
                horizonDays,
              ),
          ),
      }
    }),
  )
}
