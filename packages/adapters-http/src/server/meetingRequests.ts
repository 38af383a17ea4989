import { type Governance, Kernel, Meeting, type Programme, Route } from "@weerbaar/core"
import { Effect, Either } from "effect"
import type { NieuwStukbesluit, Onderwerp } from "../api/meetingRequests.js"
import type { InvalidRequest } from "../api/Problem.js"
import { invalidRequest } from "./problems.js"

// What a meeting's or written round's request asks, as core's commands.

/** A member's attendance as core's. */
export const presences = { aanwezig: "present", afgemeld: "apologies", afwezig: "absent" } as const

/** A round's answer as core's. */
export const responses = { akkoord: "agree", bezwaar: "object", onthouding: "abstain" } as const

/**
 * The subject of an agenda point or a round; a 400 naming `onderwerp.stuk` or
 * `onderwerp.vergadering` when the one its kind needs is missing (or one it does not take is given).
 */
export const agendaSubjectOf = (
  onderwerp: typeof Onderwerp.Type,
  field = "body.onderwerp",
): Effect.Effect<Meeting.AgendaSubject, InvalidRequest> => {
  const needs = onderwerp.soort === "stuk" ? "stuk" : onderwerp.soort === "notulen" ? "vergadering" : undefined
  const issues = (["stuk", "vergadering"] as const).flatMap((name) =>
    name === needs
      ? onderwerp[name] === undefined
        ? [{ name: `${field}.${name}`, code: "required", reason: `required for soort ${onderwerp.soort}` }]
        : []
      : onderwerp[name] === undefined
        ? []
        : [{ name: `${field}.${name}`, code: "excluded", reason: `not taken by soort ${onderwerp.soort}` }],
  )
  if (issues.length > 0) return Effect.fail(invalidRequest(issues))
  if (onderwerp.soort === "stuk") return Effect.succeed({ kind: "item", itemId: Route.ItemId.make(onderwerp.stuk!) })
  if (onderwerp.soort === "notulen") {
    return Effect.succeed({ kind: "minutes", meetingId: Meeting.MeetingId.make(onderwerp.vergadering!) })
  }
  return Effect.succeed({ kind: "other" })
}

/**
 * A body's decision on an item taken at a meeting's point or in a written round: the command of
 * the item's route with that record.
 */
export const itemDecisionOf = (
  payload: typeof NieuwStukbesluit.Type,
  itemId: Route.ItemId,
  body: Governance.BodyId,
  decisionId: Route.DecisionId,
  record: Route.Meeting,
): Route.RecordDecision =>
  new Route.RecordDecision({
    itemId,
    decisionId,
    body,
    outcome: payload.uitkomst,
    ...record,
    ...(payload.ingangsdatum === undefined ? {} : { effectiveDate: Kernel.CalendarDate.make(payload.ingangsdatum) }),
    ...(payload.opmerkingen === undefined ? {} : { remarks: payload.opmerkingen }),
    ...(payload.reden === undefined ? {} : { reason: payload.reden }),
  })

/** The id of the decision a command recorded: for a replay, the first request's, else `id`. */
export const recordedDecisionId = (executed: Programme.Executed, id: string): string => {
  const first = executed.events[0]
  if (first === undefined || !Route.routeEventCodec.handles(first.type)) return id
  const event = Route.routeEventCodec.fromStored(first)
  return Either.isRight(event) && event.right._tag === "DecisionRecorded" ? event.right.decisionId : id
}
