import { type Governance, type Meeting, Route, type Store } from "@weerbaar/core"
import { Option } from "effect"
import { Besluit } from "../api/besluitResources.js"
import {
  Gebeurtenis,
  HistorieRegel,
  Reden,
  Stuk,
  StukBesluit,
  StukSamenvatting,
  ToegestaneActie,
} from "../api/resources.js"
import { checkedElsewhere } from "./checkedElsewhere.js"

/** An item as the API shows it. @category representations */
export const toStuk = (item: Route.Item, model: Governance.GovernanceModel): Stuk => {
  const route = Route.routeOf(model, item.kind)
  const onTurn = item.status === "submitted" && Option.isSome(route) ? route.value.steps[item.step]?.body : undefined
  return new Stuk(
    {
      id: item.itemId,
      soort: item.kind,
      titel: item.content.title,
      omschrijving: item.content.description,
      status: item.status,
      versie: item.version,
      opstellendOrgaan: item.draftingBody,
      ...(onTurn === undefined ? {} : { aanDeBeurt: onTurn }),
      begroting: item.content.budget.map((line) => ({
        categorie: line.category,
        organisatie: line.organisation,
        jaar: line.year,
        bedrag: line.amount,
        financiering: Route.fundingOf(line),
      })),
      begrotingTotaal: item.content.budget.reduce((sum, line) => sum + line.amount, 0),
      begrotingPerFinanciering: Route.totalsBySource(item.content.budget),
      taken: (item.content.tasks ?? []).map((t) => ({ organisatie: t.organisation, taak: t.task })),
      bestPractices: item.content.practices,
      ...(item.content.proposedModel === undefined ? {} : { voorgesteldBestuursmodel: item.content.proposedModel }),
      ...(item.content.pilot === undefined ? {} : { pilot: { gemeenten: item.content.pilot.municipalities } }),
      besluiten: item.decisions.map(
        (d) =>
          new StukBesluit(
            {
              id: d.decisionId,
              orgaan: d.body,
              uitkomst: d.outcome,
              versie: d.version,
              stap: d.step,
              definitief: d.final,
              vergaderdatum: d.meetingDate,
              begrotingVastgelegd: d.committedBudget,
              ...(d.revokedBy === undefined ? {} : { ingetrokkenDoor: d.revokedBy }),
            },
            checkedElsewhere,
          ),
      ),
    },
    checkedElsewhere,
  )
}

/** An item's line in a list. @category representations */
export const toSamenvatting = (row: Route.ItemRow): StukSamenvatting =>
  new StukSamenvatting(
    {
      id: row.itemId,
      soort: row.kind,
      titel: row.title,
      status: row.status,
      versie: row.version,
      opstellendOrgaan: row.draftingBody,
      begrotingTotaal: row.budgetTotal,
      gewijzigdOp: row.updatedAt as StukSamenvatting["gewijzigdOp"],
    },
    checkedElsewhere,
  )

const shownVote = { for: "voor", against: "tegen", abstain: "onthouding" } as const

/** A decision's meeting record as the API shows it: attendance, substitutes, recusals, votes, where taken. @category representations */
export const recordShown = (record: {
  readonly attendance: ReadonlyArray<string>
  readonly substitutes: ReadonlyArray<Route.SubstituteAttendance>
  readonly recused: ReadonlyArray<string>
  readonly votes: ReadonlyArray<Route.Vote>
  readonly decidedIn?: Meeting.DecidedIn | undefined
}) => ({
  aanwezig: record.attendance,
  vervangers: record.substitutes.map((s) => ({ lid: s.member, vervanger: s.substitute })),
  belangenconflict: record.recused,
  stemmen: record.votes.map((v) => ({ lid: v.member, stem: shownVote[v.vote] })),
  ...(record.decidedIn === undefined
    ? {}
    : "meetingId" in record.decidedIn
      ? { vergadering: { id: record.decidedIn.meetingId, agendapunt: record.decidedIn.point } }
      : { schriftelijkeRonde: record.decidedIn.writtenRoundId }),
})

/** A decision of the register. @category representations */
export const toBesluit = (row: Route.DecisionRegisterRow): Besluit =>
  new Besluit(
    {
      identificatie: row.identificatie,
      onderwerp: row.subject,
      bestuursorgaan: row.bestuursorgaan,
      datum: row.datum as Besluit["datum"],
      ingangsdatum: row.ingangsdatum as Besluit["ingangsdatum"],
      toelichting: row.toelichting,
      ...(row.vervaldatum === undefined ? {} : { vervaldatum: row.vervaldatum as Besluit["datum"] }),
      ...(row.vervalreden === undefined ? {} : { vervalreden: row.vervalreden }),
      stuk: row.itemId,
      soortStuk: row.itemKind,
      versie: row.version,
      uitkomst: row.outcome,
      definitief: row.final,
      begrotingVastgelegd: row.committedBudget,
      ...(row.revokes === undefined ? {} : { trektIn: row.revokes }),
      ...(row.revokedBy === undefined ? {} : { ingetrokkenDoor: row.revokedBy }),
      ...(row.municipality === undefined ? {} : { gemeente: row.municipality }),
      ...(row.pilotMunicipalities === undefined ? {} : { pilotgemeenten: row.pilotMunicipalities }),
      ...recordShown(row),
      vastgelegdDoor: row.recordedBy,
      vastgelegdOp: row.recordedAt as Besluit["vastgelegdOp"],
    },
    checkedElsewhere,
  )

/** An allowed action. @category representations */
export const toToegestaneActie = (action: Route.AllowedAction): ToegestaneActie =>
  new ToegestaneActie(
    {
      actie: action.action,
      omschrijving: action.label,
      ...(action.body === undefined ? {} : { orgaan: action.body }),
      ...(action.outcome === undefined ? {} : { uitkomst: action.outcome }),
      ...(action.decision === undefined ? {} : { besluit: action.decision }),
      toegestaan: action.allowed,
      redenen: action.reasons.map((r) => new Reden({ code: r.code, uitleg: r.explanation }, checkedElsewhere)),
    },
    checkedElsewhere,
  )

/** A line of an item's history. @category representations */
export const toHistorieRegel = (row: Route.HistoryRow): HistorieRegel =>
  new HistorieRegel(
    {
      positie: row.position,
      tijdstip: row.at as HistorieRegel["tijdstip"],
      wie: row.who,
      wat: row.what,
      ...(row.why === undefined ? {} : { waarom: row.why }),
      ...(row.version === undefined ? {} : { versie: row.version }),
      ...(row.decision === undefined ? {} : { besluit: row.decision }),
      ...(row.body === undefined ? {} : { orgaan: row.body }),
      ...(row.outcome === undefined ? {} : { uitkomst: row.outcome }),
    },
    checkedElsewhere,
  )

/** An event of the log. @category representations */
export const toGebeurtenis = (event: Store.StoredEvent): Gebeurtenis =>
  new Gebeurtenis(
    {
      positie: event.position,
      stroom: event.streamId,
      versie: event.version,
      type: event.type,
      schemaVersie: event.schemaVersion,
      gegevens: event.payload,
      ...(event.metadata.actor === undefined ? {} : { actor: event.metadata.actor }),
      vastgelegdOp: event.recordedAt,
      hash: event.hash,
    },
    checkedElsewhere,
  )

/** The ETag of a stream version. @category representations */
export const etagOf = (version: number): string => `"${version}"`

/** The stream version an If-Match names, or undefined when it is not an ETag of ours. @category representations */
export const versionOfEtag = (etag: string): number | undefined => {
  const match = /^(?:W\/)?"(\d{1,12})"$/.exec(etag.trim())
  return match === null ? undefined : Number(match[1])
}
