import { HttpApiBuilder } from "@effect/platform"
import { Governance, Kernel, Meeting, Practice, Programme, Route, Store } from "@weerbaar/core"
import { Effect } from "effect"
import type { ChangeHeaders } from "../api/headers.js"
import { Fasebeeld, Fasetelling } from "../api/trackResources.js"
import { WeerbaarApi } from "../api/WeerbaarApi.js"
import { executeChange } from "./commands.js"
import { recordOfRequest } from "./decisionRecords.js"
import { readOrUnavailable, withResponseHeader } from "./execution.js"
import { toTraject, toTrajectSamenvatting } from "./practiceRepresentations.js"
import { notFound } from "./problems.js"
import { etagOf } from "./representations.js"
import { withSignals } from "./signalViews.js"
import { stateAtVersion } from "./streams.js"

const fasetelling = (counts: Practice.PhaseCounts): Fasetelling =>
  new Fasetelling({ trajecten: counts.tracks, bestPractices: counts.practices, actief: counts.active })

/** The tracks per municipality and the phase picture over HTTP. @category server */
export const TrajectenLive = HttpApiBuilder.group(WeerbaarApi, "trajecten", (handlers) =>
  Effect.gen(function* () {
    const tracks = yield* Practice.Tracks
    const meetings = yield* Meeting.Meetings
    const practices = yield* Practice.Practices
    const runtime = yield* Programme.ProgrammeRuntime
    const readModels = yield* Store.ReadModelStore

    /**
     * The track as `Tracks` gives it now, or at a version for a replay. A track exists for every
     * practice in the catalogue and every municipality the programme lists, in its area (with
     * those merged since) or as a reference.
     */
    const load = (practiceId: string, municipality: string, atVersion?: number) =>
      Effect.gen(function* () {
        const model = yield* readOrUnavailable(runtime.model)
        const practice = yield* readOrUnavailable(practices.practice(Practice.PracticeId.make(practiceId)))
        const organisation = Governance.OrganisationId.make(municipality)
        const takesPart =
          model.programme.municipalities.some((m) => m.id === organisation) ||
          (model.programme.referenceMunicipalities ?? []).some((r) => r.id === organisation)
        if (!practice.exists || !takesPart) {
          return yield* Effect.fail(notFound(`trajecten/${practiceId}/${municipality}`))
        }
        if (atVersion !== undefined) {
          return yield* stateAtVersion(
            runtime,
            Practice.trackStreamId(practiceId, municipality),
            Practice.trackDecider,
            Practice.trackEventCodec,
            atVersion,
          )
        }
        const track = yield* readOrUnavailable(tracks.track(Practice.PracticeId.make(practiceId), organisation))
        return { state: track, version: track.streamVersion }
      })

    const respond = (practiceId: string, municipality: string, atVersion?: number) =>
      Effect.gen(function* () {
        const { state, version } = yield* load(practiceId, municipality, atVersion)
        yield* withResponseHeader("etag", etagOf(version))
        return toTraject(practiceId, municipality, state)
      })

    // The track is loaded (404) before the ids are branded, so the brands cannot fail.
    const change = (
      path: { readonly bestPractice: string; readonly gemeente: string },
      headers: typeof ChangeHeaders.Type,
      command: (ids: {
        practiceId: Practice.PracticeId
        municipality: Governance.OrganisationId
      }) => Practice.TrackCommand,
    ) =>
      Effect.gen(function* () {
        const { executed, replayedVersion } = yield* executeChange(
          headers,
          load(path.bestPractice, path.gemeente),
          (person, options) =>
            tracks.execute(
              person,
              command({
                practiceId: Practice.PracticeId.make(path.bestPractice),
                municipality: Governance.OrganisationId.make(path.gemeente),
              }),
              options,
            ),
        )
        return withSignals(yield* respond(path.bestPractice, path.gemeente, replayedVersion), executed.signals)
      })

    return handlers
      .handle("list", ({ urlParams }) =>
        Effect.map(
          readOrUnavailable(
            readModels.query(Practice.trackOverview, {
              where: {
                ...(urlParams.bestPractice === undefined ? {} : { practiceId: urlParams.bestPractice }),
                ...(urlParams.gemeente === undefined ? {} : { municipality: urlParams.gemeente }),
                ...(urlParams.fase === undefined ? {} : { phase: urlParams.fase }),
              },
              ...(urlParams.cursor === undefined ? {} : { after: urlParams.cursor }),
              ...(urlParams.limiet === undefined ? {} : { limit: urlParams.limiet }),
            }),
          ),
          (page) => ({
            resultaten: page.rows.map((r) => toTrajectSamenvatting(r.row)),
            ...(page.next === undefined ? {} : { volgende: page.next }),
          }),
        ),
      )
      .handle("get", ({ path }) => respond(path.bestPractice, path.gemeente))
      .handle("move", ({ path, payload, headers }) =>
        change(
          path,
          headers,
          (ids) =>
            new Practice.MoveTrack({
              ...ids,
              to: payload.naar,
              on: Kernel.CalendarDate.make(payload.datum),
              ...(payload.reden === undefined ? {} : { reason: payload.reden }),
              ...(payload.maatwerk === undefined ? {} : { maatwerk: payload.maatwerk }),
            }),
        ),
      )
      .handle("plan", ({ path, payload, headers }) =>
        change(
          path,
          headers,
          (ids) =>
            new Practice.PlanTrack({ ...ids, phase: payload.fase, plannedOn: Kernel.CalendarDate.make(payload.datum) }),
        ),
      )
      .handle("noteMaatwerk", ({ path, payload, headers }) =>
        change(
          path,
          headers,
          (ids) =>
            new Practice.NoteMaatwerk({
              ...ids,
              note: payload.notitie,
              ...(payload.datum === undefined ? {} : { on: Kernel.CalendarDate.make(payload.datum) }),
            }),
        ),
      )
      .handle("exempt", ({ path, payload, headers }) =>
        Effect.gen(function* () {
          const record = yield* recordOfRequest(meetings, runtime, payload)
          const decisionId = payload.besluit ?? (yield* runtime.newId("besluit"))
          return yield* change(
            path,
            headers,
            (ids) =>
              new Practice.GrantExemption({
                ...ids,
                decisionId: Route.DecisionId.make(decisionId),
                ...record,
                reason: payload.reden,
              }),
          )
        }),
      )
      .handle("phasePicture", () =>
        Effect.map(
          Effect.flatMap(readOrUnavailable(runtime.model), (model) =>
            Effect.flatMap(runtime.now, (now) =>
              Effect.map(
                readOrUnavailable(Practice.phasePictureOfReadModels(readModels, model, Kernel.dateOf(now))),
                (picture) => picture,
              ),
            ),
          ),
          (picture) =>
            new Fasebeeld({
              fasen: Practice.ProgrammePhase.literals.map((fase) => ({
                fase,
                naam: Practice.programmePhaseNames[fase],
              })),
              totaal: fasetelling(picture.overall),
              perThema: Object.entries(picture.byTheme).map(([thema, counts]) => ({
                thema,
                telling: fasetelling(counts),
              })),
              netwerkafspraken: fasetelling(picture.network),
            }),
        ),
      )
  }),
)
