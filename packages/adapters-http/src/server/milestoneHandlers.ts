import { HttpApiBuilder } from "@effect/platform"
import { Governance, Kernel, Milestone, Programme, Store } from "@weerbaar/core"
import { Effect } from "effect"
import type { ChangeHeaders } from "../api/headers.js"
import { Mijlpaal, Mijlpaalagenda, MijlpaalSamenvatting } from "../api/milestoneResources.js"
import { WeerbaarApi } from "../api/WeerbaarApi.js"
import { executeChange, executeCreate } from "./commands.js"
import { readOrUnavailable, withResponseHeader } from "./execution.js"
import { notFound } from "./problems.js"
import { etagOf } from "./representations.js"
import { withSignals } from "./signalViews.js"
import { stateAtVersion } from "./streams.js"

const defaultHorizon = 30

const toSamenvatting = (row: Milestone.MilestoneRow): MijlpaalSamenvatting =>
  new MijlpaalSamenvatting({
    id: row.milestoneId,
    titel: row.title,
    fase: row.phase as Mijlpaal["fase"],
    eigenaar: row.ownerBody,
    deadline: row.dueDate as Mijlpaal["deadline"],
    ...(row.deliveredOn === undefined ? {} : { opgeleverdOp: row.deliveredOn as Mijlpaal["deadline"] }),
    gewijzigdOp: row.updatedAt as MijlpaalSamenvatting["gewijzigdOp"],
  })

/** Milestones and their agenda over HTTP. @category server */
export const MijlpalenLive = HttpApiBuilder.group(WeerbaarApi, "mijlpalen", (handlers) =>
  Effect.gen(function* () {
    const milestones = yield* Milestone.Milestones
    const runtime = yield* Programme.ProgrammeRuntime
    const readModels = yield* Store.ReadModelStore

    const respond = (milestoneId: string, atVersion?: number) =>
      Effect.gen(function* () {
        const stream = Milestone.milestoneStreamId(milestoneId)
        // `Milestones.milestone` gives no version for the ETag: the runtime's load gives both.
        const { state, version } = yield* atVersion === undefined
          ? readOrUnavailable(runtime.load(stream, Milestone.milestoneDecider, Milestone.milestoneEventCodec))
          : stateAtVersion(runtime, stream, Milestone.milestoneDecider, Milestone.milestoneEventCodec, atVersion)
        if (!state.exists) return yield* Effect.fail(notFound(`mijlpalen/${milestoneId}`))
        yield* withResponseHeader("etag", etagOf(version))
        return new Mijlpaal({
          id: state.milestoneId,
          titel: state.title,
          fase: state.phase,
          eigenaar: state.ownerBody,
          deadline: state.dueDate,
          ...(state.deliveredOn === undefined ? {} : { opgeleverdOp: state.deliveredOn }),
        })
      })

    // The milestone is read (404) before its id is branded, so the brand cannot fail.
    const change = (
      milestoneId: string,
      headers: typeof ChangeHeaders.Type,
      command: (milestoneId: Milestone.MilestoneId) => Milestone.MilestoneCommand,
    ) =>
      Effect.gen(function* () {
        const { executed, replayedVersion } = yield* executeChange(headers, respond(milestoneId), (person, options) =>
          milestones.execute(person, command(Milestone.MilestoneId.make(milestoneId)), options),
        )
        return withSignals(yield* respond(milestoneId, replayedVersion), executed.signals)
      })

    return handlers
      .handle("list", ({ urlParams }) =>
        Effect.map(
          readOrUnavailable(
            readModels.query(Milestone.milestoneOverview, {
              where: {
                ...(urlParams.eigenaar === undefined ? {} : { ownerBody: urlParams.eigenaar }),
                ...(urlParams.fase === undefined ? {} : { phase: urlParams.fase }),
              },
              ...(urlParams.cursor === undefined ? {} : { after: urlParams.cursor }),
              ...(urlParams.limiet === undefined ? {} : { limit: urlParams.limiet }),
            }),
          ),
          (page) => ({
            resultaten: page.rows.map((r) => toSamenvatting(r.row)),
            ...(page.next === undefined ? {} : { volgende: page.next }),
          }),
        ),
      )
      .handle("plan", ({ payload, headers }) =>
        Effect.gen(function* () {
          const milestoneId = Milestone.MilestoneId.make(payload.id ?? (yield* runtime.newId("ms")))
          const { executed, replayedVersion } = yield* executeCreate(headers, (person, options) =>
            milestones.execute(
              person,
              new Milestone.PlanMilestone({
                milestoneId,
                title: payload.titel,
                phase: payload.fase,
                ownerBody: Governance.BodyId.make(payload.eigenaar),
                dueDate: Kernel.CalendarDate.make(payload.deadline),
              }),
              options,
            ),
          )
          const planned = executed.events[0]?.streamId.replace(/^milestone-/, "") ?? milestoneId
          yield* withResponseHeader("location", `/v1/mijlpalen/${planned}`)
          return withSignals(yield* respond(planned, replayedVersion), executed.signals)
        }),
      )
      .handle("get", ({ path }) => respond(path.id))
      .handle("reschedule", ({ path, payload, headers }) =>
        change(
          path.id,
          headers,
          (milestoneId) =>
            new Milestone.RescheduleMilestone({
              milestoneId,
              dueDate: Kernel.CalendarDate.make(payload.deadline),
              reason: payload.reden,
            }),
        ),
      )
      .handle("deliver", ({ path, payload, headers }) =>
        change(
          path.id,
          headers,
          (milestoneId) =>
            new Milestone.DeliverMilestone({
              milestoneId,
              deliveredOn: Kernel.CalendarDate.make(payload.datum),
              ...(payload.toelichting === undefined ? {} : { note: payload.toelichting }),
            }),
        ),
      )
      .handle("agenda", ({ urlParams }) =>
        Effect.gen(function* () {
          const asOf =
            urlParams.peildatum === undefined
              ? Kernel.dateOf(yield* runtime.now)
              : Kernel.CalendarDate.make(urlParams.peildatum)
          const horizon = urlParams.horizon ?? defaultHorizon
          const rows = yield* readOrUnavailable(Store.queryAll(readModels, Milestone.milestoneOverview))
          const agenda = Milestone.milestoneAgenda(rows, asOf, horizon)
          const line = (m: (typeof agenda.late)[number] | (typeof agenda.upcoming)[number]) => ({
            id: m.milestoneId,
            titel: m.title,
            eigenaar: m.ownerBody,
            deadline: m.dueDate as Mijlpaal["deadline"],
          })
          return new Mijlpaalagenda({
            peildatum: agenda.asOf,
            horizon,
            telaat: agenda.late.map((m) => ({ ...line(m), dagenTeLaat: m.daysLate })),
            binnenkort: agenda.upcoming.map((m) => ({ ...line(m), dagenResterend: m.daysLeft })),
          })
        }),
      )
  }),
)
