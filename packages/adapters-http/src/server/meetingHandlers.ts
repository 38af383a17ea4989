import { HttpApiBuilder } from "@effect/platform"
import { Governance, Kernel, Meeting, Programme, Route, Store } from "@weerbaar/core"
import { Effect } from "effect"
import type { ChangeHeaders } from "../api/headers.js"
import { WeerbaarApi } from "../api/WeerbaarApi.js"
import { executeChange, executeCreate } from "./commands.js"
import { readOrUnavailable, withResponseHeader } from "./execution.js"
import { agendaSubjectOf, itemDecisionOf, recordedDecisionId, presences } from "./meetingRequests.js"
import { toBesluitenlijst, toVergadering, toVergaderingSamenvatting } from "./meetingRepresentations.js"
import { invalidRequest, notFound } from "./problems.js"
import { etagOf } from "./representations.js"
import { withSignals } from "./signalViews.js"
import { stateAtVersion } from "./streams.js"

const person = Governance.PersonId.make

/** The bodies' meetings and their besluitenlijsten over HTTP. @category server */
export const VergaderingenLive = HttpApiBuilder.group(WeerbaarApi, "vergaderingen", (handlers) =>
  Effect.gen(function* () {
    const meetings = yield* Meeting.Meetings
    const programme = yield* Programme.Programme
    const runtime = yield* Programme.ProgrammeRuntime
    const readModels = yield* Store.ReadModelStore

    /** The meeting now, or at a version for a replay; 404 when it was never planned. */
    const load = (meetingId: string, atVersion?: number) =>
      Effect.flatMap(
        atVersion === undefined
          ? Effect.map(readOrUnavailable(meetings.meeting(Meeting.MeetingId.make(meetingId))), (state) => ({
              state: state as Meeting.MeetingState,
              version: state.streamVersion,
            }))
          : stateAtVersion(
              runtime,
              Meeting.meetingStreamId(meetingId),
              Meeting.meetingDecider,
              Meeting.meetingEventCodec,
              atVersion,
            ),
        ({ state, version }) =>
          state.exists
            ? Effect.succeed({ meeting: state, version })
            : Effect.fail(notFound(`vergaderingen/${meetingId}`)),
      )

    const respond = (meetingId: string, atVersion?: number) =>
      Effect.gen(function* () {
        const { meeting, version } = yield* load(meetingId, atVersion)
        yield* withResponseHeader("etag", etagOf(version))
        return toVergadering(meeting)
      })

    // The meeting is loaded (404) before its id is branded, so the brand cannot fail.
    const change = (
      meetingId: string,
      headers: typeof ChangeHeaders.Type,
      command: (meetingId: Meeting.MeetingId) => Meeting.MeetingCommand,
    ) =>
      Effect.gen(function* () {
        const { executed, replayedVersion } = yield* executeChange(headers, load(meetingId), (actor, options) =>
          meetings.execute(actor, command(Meeting.MeetingId.make(meetingId)), options),
        )
        return withSignals(yield* respond(meetingId, replayedVersion), executed.signals)
      })

    const decisionId = (id: string | undefined) =>
      Effect.map(id === undefined ? runtime.newId("besluit") : Effect.succeed(id), (value) =>
        Route.DecisionId.make(value),
      )

    return handlers
      .handle("list", ({ urlParams }) =>
        Effect.map(
          readOrUnavailable(
            readModels.query(Meeting.meetingOverview, {
              where: Object.assign(
                {},
                urlParams.orgaan === undefined ? {} : { body: urlParams.orgaan },
                urlParams.soort === undefined ? {} : { kind: urlParams.soort },
              ),
              ...(urlParams.cursor === undefined ? {} : { after: urlParams.cursor }),
              ...(urlParams.limiet === undefined ? {} : { limit: urlParams.limiet }),
            }),
          ),
          (page) => ({
            resultaten: page.rows.map((r) => toVergaderingSamenvatting(r.row)),
            ...(page.next === undefined ? {} : { volgende: page.next }),
          }),
        ),
      )
      .handle("plan", ({ payload, headers }) =>
        Effect.gen(function* () {
          const meetingId = Meeting.MeetingId.make(payload.id ?? (yield* runtime.newId("vg")))
          const { executed, replayedVersion } = yield* executeCreate(headers, (actor, options) =>
            meetings.execute(
              actor,
              new Meeting.PlanMeeting({
                meetingId,
                body: Governance.BodyId.make(payload.orgaan),
                date: Kernel.CalendarDate.make(payload.datum),
                ...(payload.tijd === undefined ? {} : { time: payload.tijd }),
                ...(payload.plaats === undefined ? {} : { place: payload.plaats }),
                online: payload.online ?? false,
              }),
              options,
            ),
          )
          // A replay answers for the meeting the first request planned.
          const planned = executed.events[0]?.streamId.replace(/^meeting-/, "") ?? meetingId
          yield* withResponseHeader("location", `/v1/vergaderingen/${planned}`)
          return withSignals(yield* respond(planned, replayedVersion), executed.signals)
        }),
      )
      .handle("get", ({ path }) => respond(path.id))
      .handle("addPoint", ({ path, payload, headers }) =>
        Effect.flatMap(agendaSubjectOf(payload.onderwerp), (subject) =>
          change(
            path.id,
            headers,
            (meetingId) =>
              new Meeting.AddAgendaPoint({ meetingId, title: payload.titel, subject, papers: payload.stukken ?? [] }),
          ),
        ),
      )
      .handle("recordAttendance", ({ path, payload, headers }) =>
        change(
          path.id,
          headers,
          (meetingId) =>
            new Meeting.RecordAttendance({
              meetingId,
              person: person(payload.lid),
              presence: presences[payload.aanwezigheid],
            }),
        ),
      )
      .handle("recordSubstitute", ({ path, payload, headers }) =>
        change(
          path.id,
          headers,
          (meetingId) =>
            new Meeting.RecordSubstitute({
              meetingId,
              member: person(payload.lid),
              substitute: person(payload.vervanger),
            }),
        ),
      )
      .handle("recordRecusal", ({ path, payload, headers }) =>
        change(
          path.id,
          headers,
          (meetingId) =>
            new Meeting.RecordRecusal({
              meetingId,
              point: path.nr,
              person: person(payload.lid),
              reason: payload.reden,
            }),
        ),
      )
      .handle("castVote", ({ path, payload, headers }) =>
        change(
          path.id,
          headers,
          (meetingId) =>
            new Meeting.CastVote({
              meetingId,
              point: path.nr,
              person: person(payload.lid),
              vote: payload.stem === "voor" ? "for" : payload.stem === "tegen" ? "against" : "abstain",
            }),
        ),
      )
      .handle("decidePoint", ({ path, payload, headers }) =>
        Effect.flatMap(decisionId(payload.id), (id) =>
          change(
            path.id,
            headers,
            (meetingId) =>
              new Meeting.DecidePoint({
                meetingId,
                point: path.nr,
                decisionId: id,
                decision: payload.besluit,
                ...(payload.motivering === undefined ? {} : { rationale: payload.motivering }),
              }),
          ),
        ),
      )
      .handle("decideItem", ({ path, payload, headers }) =>
        Effect.gen(function* () {
          const { meeting } = yield* load(path.id)
          const point = meeting.points.find((p) => p.point === path.nr)
          if (point === undefined)
            return yield* Effect.fail(notFound(`vergaderingen/${path.id}/agendapunten/${path.nr}`))
          if (point.subject.kind !== "item") {
            return yield* Effect.fail(
              invalidRequest([
                {
                  name: "path.nr",
                  code: "not-an-item",
                  reason: `agenda point ${path.nr} is not about an item: its decision is a puntbesluit`,
                },
              ]),
            )
          }
          const itemId = point.subject.itemId
          const id = yield* decisionId(payload.id)
          const record = Meeting.pointRecord(meeting, path.nr, payload.motivering)
          const { executed } = yield* executeCreate(headers, (actor, options) =>
            programme.route(actor, itemDecisionOf(payload, itemId, meeting.body, id, record), options),
          )
          yield* withResponseHeader("location", `/v1/besluiten/${recordedDecisionId(executed, id)}`)
          return withSignals(yield* respond(path.id), executed.signals)
        }),
      )
      .handle("addAction", ({ path, payload, headers }) =>
        change(
          path.id,
          headers,
          (meetingId) =>
            new Meeting.AddActionPoint({
              meetingId,
              action: payload.actie,
              owner: person(payload.eigenaar),
              due: Kernel.CalendarDate.make(payload.deadline),
              ...(payload.agendapunt === undefined ? {} : { point: payload.agendapunt }),
            }),
        ),
      )
      .handle("close", ({ path, headers }) =>
        change(path.id, headers, (meetingId) => new Meeting.CloseMeeting({ meetingId })),
      )
      .handle("besluitenlijst", ({ path }) =>
        Effect.gen(function* () {
          const list = yield* readOrUnavailable(meetings.besluitenlijst(Meeting.MeetingId.make(path.id)))
          if (list === undefined) return yield* Effect.fail(notFound(`besluitenlijsten/${path.id}`))
          return toBesluitenlijst(list)
        }),
      )
  }),
)
