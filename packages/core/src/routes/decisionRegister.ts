import type { DecidedIn } from "../meetings/MeetingIds.js"
import type { ReadModel } from "../ports/ReadModel.js"
import type { StoredEvent } from "../ports/EventStore.js"
import { decode, otherRows, recordOf } from "./otherDecisionRows.js"
import { practiceEventCodec } from "../practices/practiceEvents.js"
import { trackEventCodec } from "../practices/trackEvents.js"
import { pilotAccordRows } from "./pilotAccordInRegister.js"
import { programmeEndEventCodec } from "../handover/programmeEnd.js"
import type { SubstituteAttendance, Vote } from "./commands.js"
import { routeEventCodec } from "./events.js"
import { meetingEventCodec } from "../meetings/meetingEvents.js"

/**
 * What a decision is about: an item on its route, a pilot municipality's designation, the DVO's
 * note of a network agreement, a
 * municipality's exemption from an accorded measure, the programme's end, or a point of a body's
 * own meeting (a besluitenlijst adopted, a matter of its own).
 * @category read models
 */
export type DecisionSubject =
  | "stuk"
  | "pilotgemeente"
  | "netwerkafspraak"
  | "vrijstelling"
  | "programma-einde"
  | "vergaderpunt"

/**
 * A row of the decision register, with the fields of a ZGW Besluit: `identificatie`,
 * `bestuursorgaan`, `datum`, `ingangsdatum`, `toelichting`, and `vervaldatum` / `vervalreden`
 * once revoked; with the meeting's record (attendance, substitutes, recusals, votes) and the meeting
 * point or written round it was taken in.
 * @category read models
 */
export type DecisionRegisterRow = {
  readonly identificatie: string
  readonly bestuursorgaan: string
  readonly datum: string
  readonly ingangsdatum: string
  readonly toelichting: string
  readonly vervaldatum?: string
  readonly vervalreden?: "ingetrokken_overheid"
  readonly subject: DecisionSubject
  /** The item; for a pilot or an exemption the practice; empty for the programme's end. */
  readonly itemId: string
  readonly itemKind: string
  readonly version: number
  readonly outcome: string
  readonly final: boolean
  readonly remarks?: string
  readonly committedBudget: number
  /** For a pilot designation or an exemption: the municipality. */
  readonly municipality?: string
  /** For the accord of a pilot proposal: its pilot municipalities. */
  readonly pilotMunicipalities?: ReadonlyArray<string>
  /** For a revocation: the decision it revokes. */
  readonly revokes?: string
  /** For a revoked decision: the decision that revoked it. */
  readonly revokedBy?: string
  readonly attendance: ReadonlyArray<string>
  readonly substitutes: ReadonlyArray<SubstituteAttendance>
  readonly recused: ReadonlyArray<string>
  readonly votes: ReadonlyArray<Vote>
  readonly decidedIn?: DecidedIn
  /** The position of the decision in the log: with the date and the meeting, the order taken. */
  readonly position: number
  readonly recordedBy: string
  readonly recordedAt: string
}

const keysOf = (stored: StoredEvent): ReadonlyArray<string> => {
  const route = decode(routeEventCodec, stored)
  if (route?._tag === "DecisionRecorded") return [route.decisionId]
  if (route?._tag === "DecisionRevoked") return [route.decisionId, route.revokes]
  const practice = decode(practiceEventCodec, stored)
  if (practice?._tag === "PilotMunicipalityDesignated" || practice?._tag === "NetworkAgreementRegistered") {
    return [practice.decisionId]
  }
  if (practice?._tag === "PilotAccorded") return [practice.accord.decisionId]
  const track = decode(trackEventCodec, stored)
  if (track?._tag === "ExemptionGranted") return [track.decisionId]
  const end = decode(programmeEndEventCodec, stored)
  if (end !== undefined) return [end.decisionId]
  const own = decode(meetingEventCodec, stored)
  return own?._tag === "PointDecided" && own.attendance !== undefined ? [own.decisionId] : []
}

/**
 * The decision register: every decision of every body — on items (revocations included; a pilot's
 * accord with its municipalities), pilot designations, network agreements taken note of, exemptions
 * and the programme's end — with its meeting's record.
 * @category read models
 */
export const decisionRegister: ReadModel<DecisionRegisterRow> = {
  name: "decision-register",
  version: 3,
  keysOf,
  apply: (stored, current) => {
    const event = decode(routeEventCodec, stored)
    if (event?._tag === "DecisionRecorded") {
      return [
        {
          key: event.decisionId,
          row: {
            identificatie: event.decisionId,
            bestuursorgaan: event.body,
            datum: event.meetingDate,
            ingangsdatum: event.effectiveDate,
            toelichting: event.rationale,
            subject: "stuk",
            itemId: event.itemId,
            itemKind: event.kind,
            version: event.version,
            outcome: event.outcome,
            final: event.final,
            ...(event.remarks === undefined ? {} : { remarks: event.remarks }),
            committedBudget: event.committedBudget,
            ...recordOf(event, stored),
            recordedBy: event.recordedBy,
            recordedAt: event.at,
          },
        },
      ]
    }
    if (event?._tag === "DecisionRevoked") {
      const revoked = current.get(event.revokes)
      return [
        {
          key: event.decisionId,
          row: {
            identificatie: event.decisionId,
            bestuursorgaan: event.body,
            datum: event.meetingDate,
            ingangsdatum: event.meetingDate,
            toelichting: event.rationale,
            subject: "stuk",
            itemId: event.itemId,
            itemKind: revoked?.itemKind ?? "",
            version: revoked?.version ?? 0,
            outcome: "revoke",
            final: true,
            committedBudget: 0,
            revokes: event.revokes,
            ...recordOf(event, stored),
            recordedBy: event.recordedBy,
            recordedAt: event.at,
          },
        },
        ...(revoked === undefined
          ? []
          : [
              {
                key: event.revokes,
                row: Object.assign({}, revoked, {
                  vervaldatum: event.meetingDate,
                  vervalreden: "ingetrokken_overheid" as const,
                  revokedBy: event.decisionId,
                }),
              },
            ]),
      ]
    }
    if (event !== undefined) return []
    const pilot = pilotAccordRows(stored, current)
    return pilot.length > 0 ? pilot : otherRows(stored)
  },
}

/**
 * The register's rows in the order the decisions were taken: by date; on one date a meeting's
 * decisions together, in agenda order, where the meeting's first decision was recorded; other
 * decisions in the order recorded (so a DVO accord follows the Stuurgroep approval it rests on).
 * @category read models
 */
export const decisionsInOrder = <R extends DecisionRegisterRow>(rows: ReadonlyArray<R>): ReadonlyArray<R> => {
  const firstOfMeeting = new Map<string, number>()
  for (const r of rows) {
    if (r.decidedIn !== undefined && "meetingId" in r.decidedIn) {
      const key = `${r.datum}/${r.decidedIn.meetingId}`
      firstOfMeeting.set(key, Math.min(firstOfMeeting.get(key) ?? r.position, r.position))
    }
  }
  const orderOf = (r: R): readonly [string, number, number, number] =>
    r.decidedIn !== undefined && "meetingId" in r.decidedIn
      ? [
          r.datum,
          firstOfMeeting.get(`${r.datum}/${r.decidedIn.meetingId}`) ?? r.position,
          r.decidedIn.point,
          r.position,
        ]
      : [r.datum, r.position, 0, r.position]
  return [...rows].sort((a, b) => {
    const x = orderOf(a)
    const y = orderOf(b)
    return x[0].localeCompare(y[0]) || x[1] - y[1] || x[2] - y[2] || x[3] - y[3]
  })
}
