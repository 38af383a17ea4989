import { HttpApiBuilder } from "@effect/platform"
import { Governance, Kernel, Meeting, Practice, Programme, Route, Store } from "@weerbaar/core"
import { Effect } from "effect"
import type { ChangeHeaders } from "../api/headers.js"
import { WeerbaarApi } from "../api/WeerbaarApi.js"
import { executeChange, executeCreate } from "./commands.js"
import { recordOfRequest } from "./decisionRecords.js"
import { readOrUnavailable, withResponseHeader } from "./execution.js"
import { toBestPractice, toBestPracticeSamenvatting } from "./practiceRepresentations.js"
import { notFound } from "./problems.js"
import { etagOf } from "./representations.js"
import { withSignals } from "./signalViews.js"
import { stateAtVersion } from "./streams.js"

/** The Best Practice catalogue over HTTP. @category server */
export const BestPracticesLive = HttpApiBuilder.group(WeerbaarApi, "bestPractices", (handlers) =>
  Effect.gen(function* () {
    const practices = yield* Practice.Practices
    const meetings = yield* Meeting.Meetings
    const runtime = yield* Programme.ProgrammeRuntime
    const readModels = yield* Store.ReadModelStore

    /** The practice as `Practices` gives it now, or at a version for a replay. */
    const load = (practiceId: string, atVersion?: number) =>
      Effect.flatMap(
        atVersion === undefined
          ? Effect.map(readOrUnavailable(practices.practice(Practice.PracticeId.make(practiceId))), (state) => ({
              state,
              version: state.streamVersion,
            }))
          : stateAtVersion(
              runtime,
              Practice.practiceStreamId(practiceId),
              Practice.practiceDecider,
              Practice.practiceEventCodec,
              atVersion,
            ),
        ({ state, version }) =>
          state.exists
            ? Effect.succeed({ practice: state, version })
            : Effect.fail(notFound(`best-practices/${practiceId}`)),
      )

    const respond = (practiceId: string, atVersion?: number) =>
      Effect.gen(function* () {
        const { practice, version } = yield* load(practiceId, atVersion)
        yield* withResponseHeader("etag", etagOf(version))
        return toBestPractice(practice)
      })

    // The practice is loaded (404) before its id is branded, so the brand cannot fail.
    const change = (
      practiceId: string,
      headers: typeof ChangeHeaders.Type,
      command: (practiceId: Practice.PracticeId) => Practice.PracticeCommand,
    ) =>
      Effect.gen(function* () {
        const { executed, replayedVersion } = yield* executeChange(headers, load(practiceId), (person, options) =>
          practices.execute(person, command(Practice.PracticeId.make(practiceId)), options),
        )
        return withSignals(yield* respond(practiceId, replayedVersion), executed.signals)
      })

    const decisionId = (id: string | undefined) =>
      Effect.map(id === undefined ? runtime.newId("besluit") : Effect.succeed(id), (value) =>
        Route.DecisionId.make(value),
      )

    return handlers
      .handle("list", ({ urlParams }) =>
        Effect.map(
          readOrUnavailable(
            readModels.query(Practice.practiceCatalogue, {
              where: Object.assign(
                {},
                urlParams.thema === undefined ? {} : { theme: urlParams.thema },
                urlParams.status === undefined ? {} : { status: urlParams.status },
              ),
              ...(urlParams.cursor === undefined ? {} : { after: urlParams.cursor }),
              ...(urlParams.limiet === undefined ? {} : { limit: urlParams.limiet }),
            }),
          ),
          (page) => ({
            resultaten: page.rows.map((r) => toBestPracticeSamenvatting(r.row)),
            ...(page.next === undefined ? {} : { volgende: page.next }),
          }),
        ),
      )
      .handle("register", ({ payload, headers }) =>
        Effect.gen(function* () {
          const practiceId = Practice.PracticeId.make(payload.id ?? (yield* runtime.newId("bp")))
          const { executed, replayedVersion } = yield* executeCreate(headers, (person, options) =>
            practices.execute(
              person,
              new Practice.RegisterPractice({
                practiceId,
                theme: payload.thema,
                title: payload.titel,
                description: payload.omschrijving,
                origin: payload.herkomst,
                source: payload.bron,
                intendedEffects: payload.beoogdeEffecten,
              }),
              options,
            ),
          )
          // A replay answers for the practice the first request registered.
          const registered = executed.events[0]?.streamId.replace(/^practice-/, "") ?? practiceId
          yield* withResponseHeader("location", `/v1/best-practices/${registered}`)
          return withSignals(yield* respond(registered, replayedVersion), executed.signals)
        }),
      )
      .handle("registerNetworkAgreement", ({ payload, headers }) =>
        Effect.gen(function* () {
          const practiceId = Practice.PracticeId.make(payload.id ?? (yield* runtime.newId("na")))
          const record = yield* recordOfRequest(meetings, runtime, payload)
          const id = yield* decisionId(payload.besluit)
          const { afspraak } = payload
          const { executed, replayedVersion } = yield* executeCreate(headers, (person, options) =>
            practices.execute(
              person,
              new Practice.RegisterNetworkAgreement({
                practiceId,
                theme: payload.thema,
                title: payload.titel,
                description: payload.omschrijving,
                origin: "elders-nl",
                source: payload.bron,
                intendedEffects: payload.beoogdeEffecten,
                agreement: {
                  name: afspraak.naam,
                  agreedBy: afspraak.gemaaktDoor,
                  ...(afspraak.voorgesteldDoor === undefined ? {} : { proposedBy: afspraak.voorgesteldDoor }),
                  agreedOn: Kernel.calendarDate(afspraak.datum),
                  ...(afspraak.vindplaats === undefined ? {} : { reference: afspraak.vindplaats }),
                },
                decisionId: id,
                ...record,
              }),
              options,
            ),
          )
          const registered = executed.events[0]?.streamId.replace(/^practice-/, "") ?? practiceId
          yield* withResponseHeader("location", `/v1/best-practices/${registered}`)
          return withSignals(yield* respond(registered, replayedVersion), executed.signals)
        }),
      )
      .handle("get", ({ path }) => respond(path.id))
      .handle("document", ({ path, payload, headers }) =>
        change(
          path.id,
          headers,
          (practiceId) =>
            new Practice.DocumentPractice({
              practiceId,
              documentation: {
                description: payload.beschrijving,
                context: payload.context,
                conditions: payload.randvoorwaarden,
                executionAgreements: payload.uitvoeringsafspraken,
              },
            }),
        ),
      )
      .handle("evaluate", ({ path, payload, headers }) =>
        Effect.flatMap(payload.id === undefined ? runtime.newId("ev") : Effect.succeed(payload.id), (evaluationId) =>
          change(
            path.id,
            headers,
            (practiceId) =>
              new Practice.RecordEvaluation({
                practiceId,
                evaluation: {
                  evaluationId,
                  kind: payload.soort,
                  method: payload.methode,
                  findings: payload.bevindingen,
                  measuredEffects: payload.gemetenEffecten.map((m) => ({ effect: m.effect, result: m.resultaat })),
                  evidenceLevel: payload.bewijsniveau,
                  evaluatedOn: Kernel.CalendarDate.make(payload.evaluatiedatum),
                  evaluatedBy: payload.uitgevoerdDoor,
                },
              }),
          ),
        ),
      )
      .handle("designatePilotMunicipality", ({ path, payload, headers }) =>
        Effect.gen(function* () {
          const record = yield* recordOfRequest(meetings, runtime, payload)
          const id = yield* decisionId(payload.besluit)
          return yield* change(
            path.id,
            headers,
            (practiceId) =>
              new Practice.DesignatePilotMunicipality({
                practiceId,
                municipality: Governance.OrganisationId.make(payload.gemeente),
                decisionId: id,
                ...record,
              }),
          )
        }),
      )
      .handle("startPilot", ({ path, headers, urlParams }) =>
        change(
          path.id,
          headers,
          (practiceId) =>
            new Practice.StartPilot({
              practiceId,
              ...(urlParams.datum === undefined ? {} : { startedOn: Kernel.calendarDate(urlParams.datum) }),
            }),
        ),
      )
      .handle("startExecution", ({ path, headers, urlParams }) =>
        change(
          path.id,
          headers,
          (practiceId) =>
            new Practice.StartExecution({
              practiceId,
              ...(urlParams.datum === undefined ? {} : { startedOn: Kernel.calendarDate(urlParams.datum) }),
            }),
        ),
      )
      .handle("reject", ({ path, payload, headers }) =>
        change(path.id, headers, (practiceId) => new Practice.RejectPractice({ practiceId, reason: payload.reden })),
      )
      .handle("revise", ({ path, payload, headers }) =>
        change(
          path.id,
          headers,
          (practiceId) =>
            new Practice.RevisePractice({
              practiceId,
              reason: payload.reden,
              ...(payload.titel === undefined ? {} : { title: payload.titel }),
              ...(payload.omschrijving === undefined ? {} : { description: payload.omschrijving }),
              ...(payload.beoogdeEffecten === undefined ? {} : { intendedEffects: payload.beoogdeEffecten }),
              ...(payload.documentatie === undefined
                ? {}
                : {
                    documentation: {
                      description: payload.documentatie.beschrijving,
                      context: payload.documentatie.context,
                      conditions: payload.documentatie.randvoorwaarden,
                      executionAgreements: payload.documentatie.uitvoeringsafspraken,
                    },
                  }),
            }),
        ),
      )
      .handle("stop", ({ path, payload, headers }) =>
        change(path.id, headers, (practiceId) => new Practice.StopPractice({ practiceId, reason: payload.reden })),
      )
      .handle("link", ({ path, payload, headers }) =>
        change(
          path.id,
          headers,
          (practiceId) =>
            new Practice.LinkPractices({
              practiceId,
              related: Practice.PracticeId.make(payload.bestPractice),
              note: payload.toelichting,
            }),
        ),
      )
  }),
)
