import { HttpApiBuilder } from "@effect/platform"
import { Handover, Meeting, Programme, Route } from "@weerbaar/core"
import { Effect } from "effect"
import { WeerbaarApi } from "../api/WeerbaarApi.js"
import { executeCreate } from "./commands.js"
import { recordOfRequest } from "./decisionRecords.js"
import { readOrUnavailable, withResponseHeader } from "./execution.js"
import { toProgrammabeeindiging } from "./meetingRepresentations.js"
import { notFound } from "./problems.js"
import { withSignals } from "./signalViews.js"

/** The programme's end over HTTP: the DVO's decision, and what it recorded. @category server */
export const ProgrammaLive = HttpApiBuilder.group(WeerbaarApi, "programma", (handlers) =>
  Effect.gen(function* () {
    const handover = yield* Handover.Handover
    const meetings = yield* Meeting.Meetings
    const runtime = yield* Programme.ProgrammeRuntime

    const ended = Effect.flatMap(
      readOrUnavailable(
        runtime.load(Handover.programmeEndStreamId, Handover.programmeEndDecider, Handover.programmeEndEventCodec),
      ),
      ({ state }) =>
        state === undefined
          ? Effect.fail(notFound("programma/beeindiging"))
          : Effect.succeed(toProgrammabeeindiging(state)),
    )

    return handlers
      .handle("end", ({ payload, headers }) =>
        Effect.gen(function* () {
          const record = yield* recordOfRequest(meetings, runtime, payload)
          const decisionId = Route.DecisionId.make(payload.besluit ?? (yield* runtime.newId("besluit")))
          const { executed } = yield* executeCreate(headers, (actor, options) =>
            handover.endProgramme(
              actor,
              new Handover.EndProgramme({
                decisionId,
                ...record,
                ...(payload.reden === undefined ? {} : { reason: payload.reden }),
              }),
              options,
            ),
          )
          yield* withResponseHeader("location", "/v1/programma/beeindiging")
          return withSignals(yield* ended, executed.signals)
        }),
      )
      .handle("get", () => ended)
  }),
)
