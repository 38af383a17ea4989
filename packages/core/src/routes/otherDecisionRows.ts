import { Either } from "effect"
import type { DecidedIn } from "../meetings/MeetingIds.js"
import type { StoredEvent } from "../ports/EventStore.js"
import type { EventCodec } from "../kernel/EventCodec.js"
import { practiceEventCodec } from "../practices/practiceEvents.js"
import { trackEventCodec } from "../practices/trackEvents.js"
import { programmeEndEventCodec } from "../handover/programmeEnd.js"
import type { SubstituteAttendance, Vote } from "./commands.js"
import { meetingEventCodec } from "../meetings/meetingEvents.js"
import type { DecisionRegisterRow } from "./decisionRegister.js"

/** The event of `codec` stored as `stored`, if it is one. */
export const decode = <E extends { readonly _tag: string }>(
  codec: EventCodec<E>,
  stored: StoredEvent,
): E | undefined => {
  if (!codec.handles(stored.type)) return undefined
  const decoded = codec.fromStored(stored)
  return Either.isRight(decoded) ? decoded.right : undefined
}

type Record = {
  readonly attendance?: ReadonlyArray<string> | undefined
  readonly substitutes?: ReadonlyArray<SubstituteAttendance> | undefined
  readonly recused?: ReadonlyArray<string> | undefined
  readonly votes?: ReadonlyArray<Vote> | undefined
  readonly decidedIn?: DecidedIn | undefined
}

/** The meeting record of a decision event, with its position in the log. */
export const recordOf = (event: Record, stored: StoredEvent) => ({
  attendance: event.attendance ?? [],
  substitutes: event.substitutes ?? [],
  recused: event.recused ?? [],
  votes: event.votes ?? [],
  ...(event.decidedIn === undefined ? {} : { decidedIn: event.decidedIn }),
  position: stored.position,
})

/** The register rows of decisions other than on items: pilot designations, network agreements, exemptions, the programme's end, a meeting's own points. */
export const otherRows = (stored: StoredEvent): ReadonlyArray<{ key: string; row: DecisionRegisterRow }> => {
  const practice = decode(practiceEventCodec, stored)
  const track = practice === undefined ? decode(trackEventCodec, stored) : undefined
  const end = practice === undefined && track === undefined ? decode(programmeEndEventCodec, stored) : undefined
  const common = { version: 0, final: true, committedBudget: 0, recordedAt: stored.recordedAt }
  if (practice?._tag === "PilotMunicipalityDesignated") {
    return [
      {
        key: practice.decisionId,
        row: {
          ...common,
          identificatie: practice.decisionId,
          bestuursorgaan: practice.body ?? "stuurgroep",
          datum: practice.meetingDate,
          ingangsdatum: practice.meetingDate,
          toelichting: practice.rationale ?? "",
          subject: "pilotgemeente",
          itemId: practice.practiceId,
          itemKind: "pilotgemeente",
          outcome: "designate",
          municipality: practice.municipality,
          ...recordOf(practice, stored),
          recordedBy: practice.designatedBy,
        },
      },
    ]
  }
  if (practice?._tag === "NetworkAgreementRegistered") {
    return [
      {
        key: practice.decisionId,
        row: {
          ...common,
          identificatie: practice.decisionId,
          bestuursorgaan: practice.body ?? "dvo",
          datum: practice.meetingDate,
          ingangsdatum: practice.meetingDate,
          toelichting: `${practice.agreement.name} (${practice.agreement.agreedBy}, ${practice.agreement.agreedOn}) — ${practice.rationale}`,
          subject: "netwerkafspraak",
          itemId: practice.practiceId,
          itemKind: "netwerkafspraak",
          outcome: "take-note",
          ...recordOf(practice, stored),
          recordedBy: practice.registeredBy,
        },
      },
    ]
  }
  if (track?._tag === "ExemptionGranted") {
    return [
      {
        key: track.decisionId,
        row: {
          ...common,
          identificatie: track.decisionId,
          bestuursorgaan: track.body ?? "dvo",
          datum: track.meetingDate,
          ingangsdatum: track.meetingDate,
          toelichting: track.rationale === undefined ? track.reason : `${track.rationale} — ${track.reason}`,
          subject: "vrijstelling",
          itemId: track.practiceId,
          itemKind: "vrijstelling",
          outcome: "exempt",
          municipality: track.municipality,
          ...recordOf(track, stored),
          recordedBy: track.grantedBy,
        },
      },
    ]
  }
  if (end !== undefined) {
    return [
      {
        key: end.decisionId,
        row: {
          ...common,
          identificatie: end.decisionId,
          bestuursorgaan: end.body ?? "dvo",
          datum: end.meetingDate,
          ingangsdatum: end.meetingDate,
          toelichting: end.rationale,
          subject: "programma-einde",
          itemId: "",
          itemKind: "programma-einde",
          outcome: "end",
          ...recordOf(end, stored),
          recordedBy: end.endedBy,
        },
      },
    ]
  }
  const own = decode(meetingEventCodec, stored)
  if (own?._tag === "PointDecided" && own.attendance !== undefined && own.meetingDate !== undefined) {
    return [
      {
        key: own.decisionId,
        row: {
          ...common,
          identificatie: own.decisionId,
          bestuursorgaan: own.body ?? "",
          datum: own.meetingDate,
          ingangsdatum: own.meetingDate,
          toelichting: own.rationale === undefined ? own.decision : `${own.decision} — ${own.rationale}`,
          subject: "vergaderpunt",
          itemId: own.meetingId,
          itemKind: "vergaderpunt",
          outcome: "decide",
          ...recordOf(own, stored),
          recordedBy: own.by,
        },
      },
    ]
  }
  return []
}
