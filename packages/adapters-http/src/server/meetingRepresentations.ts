import type { Handover, Meeting } from "@weerbaar/core"
import {
  Agendapunt,
  Besluitenlijst,
  SchriftelijkeRonde,
  Vergadering,
  VergaderingSamenvatting,
} from "../api/meetingResources.js"
import { Programmabeeindiging } from "../api/programmeEndResources.js"
import { checkedElsewhere } from "./checkedElsewhere.js"
import { recordShown } from "./representations.js"

const presenceShown = { present: "aanwezig", apologies: "afgemeld", absent: "afwezig" } as const
const voteShown = { for: "voor", against: "tegen", abstain: "onthouding" } as const
const responseShown = { agree: "akkoord", object: "bezwaar", abstain: "onthouding" } as const

/** An agenda subject as the API shows it. @category representations */
export const toOnderwerp = (subject: Meeting.AgendaSubject) =>
  subject.kind === "item"
    ? { soort: "stuk" as const, stuk: subject.itemId }
    : subject.kind === "minutes"
      ? { soort: "notulen" as const, vergadering: subject.meetingId }
      : { soort: "overig" as const }

const whereAdopted = (adopted: { readonly adoptedIn: Meeting.DecidedIn; readonly on: string }) => ({
  datum: adopted.on as Vergadering["datum"],
  ...("meetingId" in adopted.adoptedIn
    ? { vergadering: { id: adopted.adoptedIn.meetingId, agendapunt: adopted.adoptedIn.point } }
    : { schriftelijkeRonde: adopted.adoptedIn.writtenRoundId }),
})

const decisionShown = (decision: Meeting.AgendaPoint["decision"]) =>
  decision === undefined
    ? {}
    : {
        besluit: {
          id: decision.decisionId,
          besluit: decision.decision,
          ...(decision.rationale === undefined ? {} : { motivering: decision.rationale }),
        },
      }

/** A meeting as the API shows it. @category representations */
export const toVergadering = (meeting: Meeting.Meeting): Vergadering =>
  new Vergadering(
    {
      id: meeting.meetingId,
      orgaan: meeting.body,
      datum: meeting.date,
      ...(meeting.time === undefined ? {} : { tijd: meeting.time }),
      ...(meeting.place === undefined ? {} : { plaats: meeting.place }),
      online: meeting.online,
      status: meeting.minutesAdopted !== undefined ? "vastgesteld" : meeting.closed ? "gesloten" : "gepland",
      uitgenodigd: meeting.invited,
      aanwezigheid: meeting.presence.map((p) => ({ lid: p.person, aanwezigheid: presenceShown[p.presence] })),
      vervangers: meeting.substitutes.map((s) => ({ lid: s.member, vervanger: s.substitute })),
      agendapunten: meeting.points.map(
        (p) =>
          new Agendapunt(
            {
              nummer: p.point,
              titel: p.title,
              onderwerp: toOnderwerp(p.subject),
              stukken: p.papers,
              belangenconflicten: p.recused.map((r) => ({ lid: r.person, reden: r.reason })),
              stemmen: p.votes.map((v) => ({ lid: v.member, stem: voteShown[v.vote] })),
              ...decisionShown(p.decision),
            },
            checkedElsewhere,
          ),
      ),
      actiepunten: meeting.actions.map((a) => ({
        actie: a.action,
        eigenaar: a.owner,
        deadline: a.due,
        ...(a.point === undefined ? {} : { agendapunt: a.point }),
      })),
      ...(meeting.minutesAdopted === undefined ? {} : { vastgesteld: whereAdopted(meeting.minutesAdopted) }),
    },
    checkedElsewhere,
  )

/** A meeting's or written round's line in the overview. @category representations */
export const toVergaderingSamenvatting = (row: Meeting.MeetingRow): VergaderingSamenvatting =>
  new VergaderingSamenvatting(
    {
      id: row.id,
      soort: row.kind,
      orgaan: row.body,
      datum: row.date as VergaderingSamenvatting["datum"],
      ...(row.time === undefined ? {} : { tijd: row.time }),
      ...(row.title === undefined ? {} : { titel: row.title }),
      ...(row.deadline === undefined ? {} : { deadline: row.deadline as VergaderingSamenvatting["datum"] }),
      status: row.status,
      agendapunten: row.points,
      besluiten: row.decisions,
    },
    checkedElsewhere,
  )

/** A besluitenlijst as the API shows it. @category representations */
export const toBesluitenlijst = (list: Meeting.Besluitenlijst): Besluitenlijst =>
  new Besluitenlijst(
    {
      vergadering: list.meetingId,
      orgaan: list.body,
      orgaanNaam: list.bodyName,
      datum: list.date as Besluitenlijst["datum"],
      ...(list.time === undefined ? {} : { tijd: list.time }),
      ...(list.place === undefined ? {} : { plaats: list.place }),
      online: list.online,
      aanwezig: list.present.map((p) => ({ id: p.id, naam: p.name })),
      afgemeld: list.apologies.map((p) => ({ id: p.id, naam: p.name })),
      afwezig: list.absent.map((p) => ({ id: p.id, naam: p.name })),
      vervangers: list.substitutes.map((s) => ({
        lid: { id: s.member.id, naam: s.member.name },
        vervanger: { id: s.substitute.id, naam: s.substitute.name },
      })),
      agendapunten: list.points.map((p) => ({
        nummer: p.point,
        titel: p.title,
        over: p.about,
        stukken: p.papers,
        belangenconflicten: p.recused.map((r) => ({ id: r.id, naam: r.name, reden: r.reason })),
        stemmen: p.votes.map((v) => ({
          id: v.id,
          naam: v.name,
          stem: voteShown[v.vote as keyof typeof voteShown] ?? v.vote,
        })),
        ...decisionShown(p.decision),
      })),
      actiepunten: list.actions.map((a) => ({
        actie: a.action,
        eigenaar: { id: a.owner.id, naam: a.owner.name },
        deadline: a.due,
        ...(a.point === undefined ? {} : { agendapunt: a.point }),
      })),
      status: list.status,
      ...(list.adopted === undefined ? {} : { vastgesteld: whereAdopted(list.adopted) }),
    },
    checkedElsewhere,
  )

/** A written round as the API shows it. @category representations */
export const toSchriftelijkeRonde = (round: Meeting.WrittenRound): SchriftelijkeRonde =>
  new SchriftelijkeRonde(
    {
      id: round.writtenRoundId,
      orgaan: round.body,
      titel: round.title,
      onderwerp: toOnderwerp(round.subject),
      voorstel: round.proposal,
      ...(round.outcome === undefined ? {} : { uitkomst: round.outcome }),
      stukken: round.papers,
      startdatum: round.startedOn,
      deadline: round.deadline,
      verzondenAan: round.sentTo,
      antwoorden: round.responses.map((r) => ({
        lid: r.member,
        antwoord: responseShown[r.response],
        datum: r.on,
        ...(r.remark === undefined ? {} : { opmerking: r.remark }),
      })),
      ...(round.closed === undefined
        ? {}
        : {
            gesloten: {
              datum: round.closed.on,
              resultaat: round.closed.result,
              ...(round.closed.decisionId === undefined ? {} : { besluit: round.closed.decisionId }),
              stilzwijgend: round.closed.tacit,
            },
          }),
    },
    checkedElsewhere,
  )

/** The programme's end as the API shows it. @category representations */
export const toProgrammabeeindiging = (ended: Handover.ProgrammeEnded): Programmabeeindiging =>
  new Programmabeeindiging(
    {
      besluit: ended.decisionId,
      ...(ended.body === undefined ? {} : { orgaan: ended.body }),
      vergaderdatum: ended.meetingDate,
      motivering: ended.rationale,
      overgedragen: ended.handedOver,
      ...recordShown({
        attendance: ended.attendance ?? [],
        substitutes: ended.substitutes ?? [],
        recused: ended.recused ?? [],
        votes: ended.votes ?? [],
        decidedIn: ended.decidedIn,
      }),
      beeindigdDoor: ended.endedBy,
      tijdstip: ended.at,
    },
    checkedElsewhere,
  )
