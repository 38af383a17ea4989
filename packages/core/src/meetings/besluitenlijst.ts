import type { GovernanceModel } from "../governance/GovernanceModel.js"
import type { BodyId, PersonId } from "../governance/Ids.js"
import { bodyName, personName } from "../governance/queries.js"
import type { ActionPoint, AgendaPoint, Meeting } from "./MeetingState.js"
import type { DecidedIn } from "./MeetingIds.js"
import { subjectLabel } from "./subjectLabel.js"

/** A person as the besluitenlijst names them. @category meetings */
export interface NamedPerson {
  readonly id: PersonId
  readonly name: string
}

/**
 * The besluitenlijst of a meeting: who was there (present, with apologies, absent, substitutes),
 * per agenda point its papers, recusals, votes and decision, and the action points; with whether it
 * was adopted, and where.
 * @category meetings
 */
export interface Besluitenlijst {
  readonly meetingId: string
  readonly body: BodyId
  readonly bodyName: string
  readonly date: string
  readonly time?: string
  readonly place?: string
  readonly online: boolean
  readonly present: ReadonlyArray<NamedPerson>
  readonly apologies: ReadonlyArray<NamedPerson>
  readonly absent: ReadonlyArray<NamedPerson>
  readonly substitutes: ReadonlyArray<{ readonly member: NamedPerson; readonly substitute: NamedPerson }>
  readonly points: ReadonlyArray<
    Omit<AgendaPoint, "recused" | "votes"> & {
      readonly about: string
      readonly recused: ReadonlyArray<NamedPerson & { readonly reason: string }>
      readonly votes: ReadonlyArray<NamedPerson & { readonly vote: string }>
    }
  >
  readonly actions: ReadonlyArray<Omit<ActionPoint, "owner"> & { readonly owner: NamedPerson }>
  /** The minutes (verslag), as given when the meeting was closed. */
  readonly minutes?: string
  readonly status: "gepland" | "gesloten" | "vastgesteld"
  readonly adopted?: { readonly on: string; readonly adoptedIn: DecidedIn }
}

/** The besluitenlijst of `meeting`, names from `model`. @category meetings */
export const besluitenlijstOf = (model: GovernanceModel, meeting: Meeting): Besluitenlijst => {
  const named = (id: PersonId): NamedPerson => ({ id, name: personName(model, id) })
  const withPresence = (presence: string) =>
    meeting.presence.filter((p) => p.presence === presence).map((p) => named(p.person))
  return {
    meetingId: meeting.meetingId,
    body: meeting.body,
    bodyName: bodyName(model, meeting.body),
    date: meeting.date,
    ...(meeting.time === undefined ? {} : { time: meeting.time }),
    ...(meeting.place === undefined ? {} : { place: meeting.place }),
    online: meeting.online,
    present: withPresence("present"),
    apologies: withPresence("apologies"),
    absent: [
      ...withPresence("absent"),
      ...meeting.invited
        .filter(
          (p) => !meeting.presence.some((x) => x.person === p) && !meeting.substitutes.some((s) => s.member === p),
        )
        .map(named),
    ],
    substitutes: meeting.substitutes.map((s) => ({ member: named(s.member), substitute: named(s.substitute) })),
    points: meeting.points.map((p) => ({
      ...p,
      about: subjectLabel(p.subject),
      recused: p.recused.map((r) => ({ ...named(r.person), reason: r.reason })),
      votes: p.votes.map((v) => ({ ...named(v.member), vote: v.vote })),
    })),
    actions: meeting.actions.map((a) => ({ ...a, owner: named(a.owner) })),
    ...(meeting.minutes === undefined ? {} : { minutes: meeting.minutes }),
    status: meeting.minutesAdopted !== undefined ? "vastgesteld" : meeting.closed ? "gesloten" : "gepland",
    ...(meeting.minutesAdopted === undefined ? {} : { adopted: meeting.minutesAdopted }),
  }
}
