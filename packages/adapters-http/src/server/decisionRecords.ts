import { Governance, Kernel, Meeting, type Programme, type Route } from "@weerbaar/core"
import { type Context, Effect, type Schema } from "effect"
import type { besluitvorming, Stem, vergadering, Vervanging } from "../api/decisionRequests.js"
import type { InvalidRequest, ServiceUnavailable } from "../api/Problem.js"
import { readOrUnavailable } from "./execution.js"
import { invalidRequest } from "./problems.js"

// The record of a body's meeting a decision carries, from what a request says.

const votes: Record<(typeof Stem.Type)["stem"], "for" | "against" | "abstain"> = {
  voor: "for",
  tegen: "against",
  onthouding: "abstain",
}

type Written = Omit<Schema.Struct.Type<typeof vergadering>, "vergaderdatum" | "aanwezig">

/** A request's substitutes as core's. */
export const substitutesOf = (vervangers: ReadonlyArray<typeof Vervanging.Type> | undefined) =>
  (vervangers ?? []).map((v) => ({
    member: Governance.PersonId.make(v.lid),
    substitute: Governance.PersonId.make(v.vervanger),
  }))

/** A request's votes as core's. */
export const votesOf = (stemmen: ReadonlyArray<typeof Stem.Type> | undefined) =>
  (stemmen ?? []).map((s) => ({ member: Governance.PersonId.make(s.lid), vote: votes[s.stem] }))

/** The record written out in a request (date and attendance given). */
export const writtenRecord = (
  b: Written & { readonly vergaderdatum: string; readonly aanwezig: ReadonlyArray<string> },
): Route.Meeting => ({
  meetingDate: Kernel.CalendarDate.make(b.vergaderdatum),
  attendance: b.aanwezig.map((p) => Governance.PersonId.make(p)),
  substitutes: substitutesOf(b.vervangers),
  recused: (b.belangenconflict ?? []).map((p) => Governance.PersonId.make(p)),
  votes: votesOf(b.stemmen),
  rationale: b.motivering,
})

type Besluitvorming = Schema.Struct.Type<typeof besluitvorming>

const written = ["vergaderdatum", "aanwezig", "vervangers", "belangenconflict", "stemmen"] as const

/**
 * The record of a decision a request gives by `besluitvorming`: a meeting's agenda point, a written
 * round (closed on `today`), or written out. Bad input (both, neither, a meeting or point that does
 * not exist) is a 400 naming every field concerned.
 */
export const recordOfRequest = (
  meetings: Context.Tag.Service<Meeting.Meetings>,
  runtime: Context.Tag.Service<Programme.ProgrammeRuntime>,
  b: Besluitvorming,
): Effect.Effect<Route.Meeting, InvalidRequest | ServiceUnavailable> =>
  Effect.gen(function* () {
    const place = [
      b.vergadering === undefined ? [] : ["vergadering"],
      b.schriftelijkeRonde === undefined ? [] : ["schriftelijkeRonde"],
    ].flat()
    const given = written.filter((f) => b[f] !== undefined)
    if (place.length > 1 || (place.length === 1 && given.length > 0)) {
      return yield* Effect.fail(
        invalidRequest(
          [...place.slice(1), ...given].map((name) => ({
            name: `body.${name}`,
            code: "excluded",
            reason: `give the record written out, or ${place[0]}, not both`,
          })),
        ),
      )
    }
    if (b.vergadering !== undefined) {
      const { id, agendapunt } = b.vergadering
      const meeting = yield* readOrUnavailable(meetings.meeting(Meeting.MeetingId.make(id)))
      const issues = !meeting.exists
        ? [{ name: "body.vergadering.id", code: "not-found", reason: `no meeting ${id}` }]
        : meeting.points.some((p) => p.point === agendapunt)
          ? []
          : [
              {
                name: "body.vergadering.agendapunt",
                code: "not-found",
                reason: `meeting ${id} has no agenda point ${agendapunt}`,
              },
            ]
      if (!meeting.exists || issues.length > 0) return yield* Effect.fail(invalidRequest(issues))
      return Meeting.pointRecord(meeting, agendapunt, b.motivering)
    }
    if (b.schriftelijkeRonde !== undefined) {
      const id = b.schriftelijkeRonde
      const round = yield* readOrUnavailable(meetings.round(Meeting.WrittenRoundId.make(id)))
      if (!round.exists) {
        return yield* Effect.fail(
          invalidRequest([{ name: "body.schriftelijkeRonde", code: "not-found", reason: `no written round ${id}` }]),
        )
      }
      return yield* roundRecordNow(runtime, round, b.motivering)
    }
    const { vergaderdatum, aanwezig } = b
    if (vergaderdatum === undefined || aanwezig === undefined) {
      const missing = [
        vergaderdatum === undefined ? ["vergaderdatum"] : [],
        aanwezig === undefined ? ["aanwezig"] : [],
      ].flat()
      return yield* Effect.fail(
        invalidRequest(
          missing.map((name) => ({
            name: `body.${name}`,
            code: "required",
            reason: "required without vergadering or schriftelijkeRonde",
          })),
        ),
      )
    }
    return writtenRecord({ ...b, vergaderdatum, aanwezig })
  })

/** The record of a written round closed today, by the model in force. */
export const roundRecordNow = (
  runtime: Context.Tag.Service<Programme.ProgrammeRuntime>,
  round: Meeting.WrittenRound,
  rationale: string,
): Effect.Effect<Route.Meeting, ServiceUnavailable> =>
  Effect.gen(function* () {
    const model = yield* readOrUnavailable(runtime.model)
    const today = Kernel.dateOf(yield* runtime.now)
    return Meeting.roundRecord(model, round, today, rationale)
  })
