import { HttpApiBuilder } from "@effect/platform"
import { Governance, Kernel, Meeting, Programme, Route } from "@weerbaar/core"
import { Effect } from "effect"
import type { ChangeHeaders } from "../api/headers.js"
import { WeerbaarApi } from "../api/WeerbaarApi.js"
import { executeChange, executeCreate } from "./commands.js"
import { roundRecordNow } from "./decisionRecords.js"
import { withResponseHeader } from "./execution.js"
import { agendaSubjectOf, itemDecisionOf, recordedDecisionId, responses } from "./meetingRequests.js"
import { toSchriftelijkeRonde } from "./meetingRepresentations.js"
import { invalidRequest, notFound } from "./problems.js"
import { etagOf } from "./representations.js"
import { withSignals } from "./signalViews.js"
import { stateAtVersion } from "./streams.js"

/** The bodies' written rounds over HTTP. @category server */
export const SchriftelijkeRondesLive = HttpApiBuilder.group(WeerbaarApi, "schriftelijkeRondes", (handlers) =>
  Effect.gen(function* () {
    const meetings = yield* Meeting.Meetings
    const programme = yield* Programme.Programme
    const runtime = yield* Programme.ProgrammeRuntime

    /** The round at its current version, or at a version for a replay; 404 when it was never started. */
    const load = (roundId: string, atVersion?: number) =>
      Effect.flatMap(
        stateAtVersion(
          runtime,
          Meeting.writtenRoundStreamId(roundId),
          Meeting.writtenRoundDecider,
          Meeting.writtenRoundEventCodec,
          atVersion ?? Number.MAX_SAFE_INTEGER,
        ),
        ({ state, version }) =>
          state.exists
            ? Effect.succeed({ round: state, version })
            : Effect.fail(notFound(`schriftelijke-rondes/${roundId}`)),
      )

    const respond = (roundId: string, atVersion?: number) =>
      Effect.gen(function* () {
        const { round, version } = yield* load(roundId, atVersion)
        yield* withResponseHeader("etag", etagOf(version))
        return toSchriftelijkeRonde(round)
      })

    // The round is loaded (404) before its id is branded, so the brand cannot fail.
    const change = (
      roundId: string,
      headers: typeof ChangeHeaders.Type,
      command: (writtenRoundId: Meeting.WrittenRoundId) => Meeting.WrittenRoundCommand,
    ) =>
      Effect.gen(function* () {
        const { executed, replayedVersion } = yield* executeChange(headers, load(roundId), (actor, options) =>
          meetings.writtenRound(actor, command(Meeting.WrittenRoundId.make(roundId)), options),
        )
        return withSignals(yield* respond(roundId, replayedVersion), executed.signals)
      })

    const decisionId = (id: string | undefined) =>
      Effect.map(id === undefined ? runtime.newId("besluit") : Effect.succeed(id), (value) =>
        Route.DecisionId.make(value),
      )

    return handlers
      .handle("start", ({ payload, headers }) =>
        Effect.gen(function* () {
          const subject = yield* agendaSubjectOf(payload.onderwerp)
          const roundId = Meeting.WrittenRoundId.make(payload.id ?? (yield* runtime.newId("sr")))
          const { executed, replayedVersion } = yield* executeCreate(headers, (actor, options) =>
            meetings.writtenRound(
              actor,
              new Meeting.StartWrittenRound({
                writtenRoundId: roundId,
                body: Governance.BodyId.make(payload.orgaan),
                title: payload.titel,
                subject,
                proposal: payload.voorstel,
                ...(payload.uitkomst === undefined ? {} : { outcome: payload.uitkomst }),
                papers: payload.stukken ?? [],
                deadline: Kernel.CalendarDate.make(payload.deadline),
              }),
              options,
            ),
          )
          // A replay answers for the round the first request started.
          const started = executed.events[0]?.streamId.replace(/^written-round-/, "") ?? roundId
          yield* withResponseHeader("location", `/v1/schriftelijke-rondes/${started}`)
          return withSignals(yield* respond(started, replayedVersion), executed.signals)
        }),
      )
      .handle("get", ({ path }) => respond(path.id))
      .handle("respond", ({ path, payload, headers }) =>
        change(
          path.id,
          headers,
          (writtenRoundId) =>
            new Meeting.RespondToWrittenRound({
              writtenRoundId,
              ...(payload.lid === undefined ? {} : { member: Governance.PersonId.make(payload.lid) }),
              response: responses[payload.antwoord],
              ...(payload.opmerking === undefined ? {} : { remark: payload.opmerking }),
            }),
        ),
      )
      .handle("close", ({ path, payload, headers }) =>
        Effect.flatMap(decisionId(payload.besluit), (id) =>
          change(
            path.id,
            headers,
            (writtenRoundId) => new Meeting.CloseWrittenRound({ writtenRoundId, decisionId: id }),
          ),
        ),
      )
      .handle("decideItem", ({ path, payload, headers }) =>
        Effect.gen(function* () {
          const { round } = yield* load(path.id)
          if (round.subject.kind !== "item") {
            return yield* Effect.fail(
              invalidRequest([
                {
                  name: "path.id",
                  code: "not-an-item",
                  reason: `written round ${path.id} is not about an item: it is closed at /sluiting`,
                },
              ]),
            )
          }
          const itemId = round.subject.itemId
          const id = yield* decisionId(payload.id)
          const record = yield* roundRecordNow(runtime, round, payload.motivering)
          const { executed } = yield* executeCreate(headers, (actor, options) =>
            programme.route(actor, itemDecisionOf(payload, itemId, round.body, id, record), options),
          )
          yield* withResponseHeader("location", `/v1/besluiten/${recordedDecisionId(executed, id)}`)
          return withSignals(yield* respond(path.id), executed.signals)
        }),
      )
  }),
)
