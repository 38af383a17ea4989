import { Practice } from "@weerbaar/core"
import {
  BestPractice,
  BestPracticeSamenvatting,
  Besluitverwijzing,
  Evaluatie,
  BestPracticeKoppeling,
  Pilotakkoord,
} from "../api/practiceResources.js"
import { Traject, TrajectSamenvatting } from "../api/trackResources.js"
import { Netwerkafspraak } from "../api/networkAgreementResources.js"
import { Overname } from "../api/lineageResources.js"
import { checkedElsewhere } from "./checkedElsewhere.js"

const besluitverwijzing = (d: Practice.DecisionReference): Besluitverwijzing =>
  new Besluitverwijzing(
    {
      stuk: d.itemId,
      besluit: d.decisionId,
      orgaan: d.body,
      orgaanNaam: d.bodyName,
      vergaderdatum: d.meetingDate,
    },
    checkedElsewhere,
  )

const netwerkafspraak = ({ agreement, noted }: Practice.NetworkMeasure): Netwerkafspraak =>
  new Netwerkafspraak(
    {
      naam: agreement.name,
      gemaaktDoor: agreement.agreedBy,
      ...(agreement.proposedBy === undefined ? {} : { voorgesteldDoor: agreement.proposedBy }),
      datum: agreement.agreedOn,
      ...(agreement.reference === undefined ? {} : { vindplaats: agreement.reference }),
      kennisname: { besluit: noted.decisionId, orgaan: noted.body, vergaderdatum: noted.meetingDate },
    },
    checkedElsewhere,
  )

const overnameOf = (p: Practice.Practice): { overname?: Overname } => {
  const lineage = Practice.practiceLineage(p)
  return lineage === undefined
    ? {}
    : {
        overname: new Overname(
          {
            programma: lineage.from.programme,
            district: lineage.from.district,
            pakketDigest: lineage.from.packageDigest,
            ...(lineage.handoverDecision === undefined ? {} : { overdrachtsbesluit: lineage.handoverDecision }),
            versies: lineage.versions.map((v) => ({
              versie: v.version,
              door: v.by,
              op: v.on,
              reden: v.reason,
              gewijzigd: v.changed,
            })),
          },
          checkedElsewhere,
        ),
      }
}

/** A Best Practice as the API shows it. @category representations */
export const toBestPractice = (p: Practice.Practice): BestPractice => {
  const evidence = Practice.highestEvidence(p.evaluations)
  return new BestPractice(
    {
      id: p.practiceId,
      thema: p.description.theme,
      titel: p.description.title,
      omschrijving: p.description.description,
      herkomst: p.description.origin,
      bron: p.description.source,
      beoogdeEffecten: p.description.intendedEffects,
      status: p.status,
      versie: Practice.practiceVersion(p),
      ...overnameOf(p),
      ...(p.documentation === undefined
        ? {}
        : {
            documentatie: {
              beschrijving: p.documentation.description,
              context: p.documentation.context,
              randvoorwaarden: p.documentation.conditions,
              uitvoeringsafspraken: p.documentation.executionAgreements,
            },
          }),
      evaluaties: p.evaluations.map(
        (e) =>
          new Evaluatie(
            {
              id: e.evaluationId,
              soort: e.kind,
              methode: e.method,
              bevindingen: e.findings,
              gemetenEffecten: e.measuredEffects.map((m) => ({ effect: m.effect, resultaat: m.result })),
              bewijsniveau: e.evidenceLevel,
              evaluatiedatum: e.evaluatedOn,
              uitgevoerdDoor: e.evaluatedBy,
            },
            checkedElsewhere,
          ),
      ),
      ...(evidence === undefined ? {} : { bewijsniveau: evidence }),
      pilotgemeenten: p.pilotMunicipalities.map((d) => ({
        gemeente: d.municipality,
        besluit: d.decisionId,
        vergaderdatum: d.meetingDate,
      })),
      ...(p.proposal === undefined ? {} : { voorstel: p.proposal.itemId }),
      ...(p.pilotAccord === undefined
        ? {}
        : {
            pilotakkoord: new Pilotakkoord(
              {
                besluit: besluitverwijzing(p.pilotAccord.accord),
                gemeenten: p.pilotAccord.municipalities,
                begrotingTotaal: p.pilotAccord.budget.reduce((sum, line) => sum + line.amount, 0),
              },
              checkedElsewhere,
            ),
          }),
      ...(p.accord === undefined ? {} : { akkoord: besluitverwijzing(p.accord) }),
      ...(p.related === undefined || p.related.length === 0
        ? {}
        : {
            gerelateerd: p.related.map(
              (l) =>
                new BestPracticeKoppeling(
                  { bestPractice: l.related, toelichting: l.note, gekoppeldDoor: l.linkedBy, gekoppeldOp: l.at },
                  checkedElsewhere,
                ),
            ),
          }),
      ...(p.handover === undefined ? {} : { overdracht: besluitverwijzing(p.handover) }),
      ...(p.agreement === undefined ? {} : { vaststelling: besluitverwijzing(p.agreement) }),
      ...(p.network === undefined ? {} : { netwerkafspraak: netwerkafspraak(p.network) }),
      ...(p.closingReason === undefined ? {} : { reden: p.closingReason }),
    },
    checkedElsewhere,
  )
}

/** A Best Practice's line in the catalogue. @category representations */
export const toBestPracticeSamenvatting = (row: Practice.PracticeRow): BestPracticeSamenvatting =>
  new BestPracticeSamenvatting(
    {
      id: row.practiceId,
      thema: row.theme,
      titel: row.title,
      herkomst: row.origin,
      status: row.status,
      gedocumenteerd: row.documented,
      ...(row.evidence === undefined ? {} : { bewijsniveau: row.evidence }),
      evaluaties: row.evaluations,
      pilotgemeenten: row.pilotMunicipalities,
      ...(row.network === undefined ? {} : { netwerkafspraak: row.network }),
      ...(row.pilotAccordDecision === undefined ? {} : { pilotakkoord: row.pilotAccordDecision }),
      ...(row.related === undefined ? {} : { gerelateerd: row.related.map((r) => r.practiceId) }),
      gewijzigdOp: row.updatedAt as BestPracticeSamenvatting["gewijzigdOp"],
    },
    checkedElsewhere,
  )

/** A track as the API shows it; before its first event, in phase `geen`. @category representations */
export const toTraject = (practiceId: string, municipality: string, t: Practice.TrackState): Traject =>
  new Traject(
    {
      bestPractice: practiceId,
      gemeente: municipality,
      ...(t.theme === undefined ? {} : { thema: t.theme }),
      fase: t.phase,
      ...(t.reason === undefined ? {} : { reden: t.reason }),
      maatwerk: t.maatwerk,
      gepland: Object.assign(
        {},
        t.planned.pilot === undefined ? {} : { pilot: t.planned.pilot },
        t.planned.in_uitvoering === undefined ? {} : { inUitvoering: t.planned.in_uitvoering },
        t.planned.geborgd === undefined ? {} : { geborgd: t.planned.geborgd },
      ),
      bereikt: Object.assign(
        {},
        t.reached.niet_relevant === undefined ? {} : { nietRelevant: t.reached.niet_relevant },
        t.reached.gepland === undefined ? {} : { gepland: t.reached.gepland },
        t.reached.pilot === undefined ? {} : { pilot: t.reached.pilot },
        t.reached.in_uitvoering === undefined ? {} : { inUitvoering: t.reached.in_uitvoering },
        t.reached.geborgd === undefined ? {} : { geborgd: t.reached.geborgd },
      ),
      ...(t.exemption === undefined
        ? {}
        : {
            vrijstelling: {
              besluit: t.exemption.decisionId,
              vergaderdatum: t.exemption.meetingDate,
              reden: t.exemption.reason,
            },
          }),
    },
    checkedElsewhere,
  )

/** A track's line in the overview. @category representations */
export const toTrajectSamenvatting = (row: Practice.TrackRow): TrajectSamenvatting =>
  new TrajectSamenvatting(
    {
      bestPractice: row.practiceId,
      gemeente: row.municipality,
      thema: row.theme,
      fase: row.phase,
      ...(row.reason === undefined ? {} : { reden: row.reason }),
      maatwerk: row.maatwerk,
      ...(row.exemption === undefined ? {} : { vrijstelling: row.exemption }),
      gewijzigdOp: row.updatedAt as TrajectSamenvatting["gewijzigdOp"],
    },
    checkedElsewhere,
  )
