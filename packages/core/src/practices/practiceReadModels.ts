import type { Theme } from "../governance/Theme.js"
import { Either } from "effect"
import type { StoredEvent } from "../ports/EventStore.js"
import type { ReadModel } from "../ports/ReadModel.js"
import { evidenceLadder } from "./EvidenceLevel.js"
import { type PracticeEvent, practiceEventCodec } from "./practiceEvents.js"
import { trackOverview } from "./trackOverview.js"

const practiceEvent = (stored: StoredEvent): PracticeEvent | undefined => {
  if (!practiceEventCodec.handles(stored.type)) return undefined
  const decoded = practiceEventCodec.fromStored(stored)
  return Either.isRight(decoded) ? decoded.right : undefined
}

/** A row of the Best Practice catalogue. @category read models */
export type PracticeRow = {
  readonly practiceId: string
  readonly theme: Theme
  readonly title: string
  readonly origin: string
  readonly source: string
  readonly status:
    | "kandidaat"
    | "in_pilot"
    | "beproefd"
    | "voorgesteld"
    | "geaccordeerd"
    | "in_uitvoering"
    | "geevalueerd"
    | "overgedragen"
    | "vastgesteld_netwerk"
    | "afgewezen"
    | "gestopt"
  readonly documented: boolean
  /** The highest evidence level of its evaluations. */
  readonly evidence?: string
  readonly evaluations: number
  readonly pilotMunicipalities: ReadonlyArray<string>
  readonly proposal?: string
  readonly accordDecision?: string
  /** The DVO's accord of a pilot proposal that contained it. */
  readonly pilotAccordDecision?: string
  /** The practices it is linked to (samenhang). */
  readonly related?: ReadonlyArray<{ readonly practiceId: string; readonly note: string }>
  readonly handoverDecision?: string
  readonly agreementDecision?: string
  readonly importedFrom?: string
  /** For a measure of the network track: the network's agreement it executes. */
  readonly network?: string
  /** For a practice taken over from a package: the package's digest and the version of its text (1 as handed over). */
  readonly packageDigest?: string
  readonly version?: number
  /** The last revision: who, when and why. */
  readonly lastRevision?: { readonly by: string; readonly at: string; readonly reason: string }
  readonly updatedAt: string
}

const networkStatus = (row: PracticeRow | undefined): boolean =>
  row?.importedFrom !== undefined && (row.status === "overgedragen" || row.status === "vastgesteld_netwerk")

const higher = (a: string | undefined, b: string): string =>
  a === undefined || evidenceLadder.indexOf(b as never) > evidenceLadder.indexOf(a as never) ? b : a

// The row of a practice as it enters the catalogue, before anything else happened to it.
const newRow = (
  event: {
    readonly practiceId: string
    readonly theme: Theme
    readonly title: string
    readonly origin: string
    readonly source: string
    readonly at: string
  },
  status: PracticeRow["status"],
): PracticeRow => ({
  practiceId: event.practiceId,
  theme: event.theme,
  title: event.title,
  origin: event.origin,
  source: event.source,
  status,
  documented: false,
  evaluations: 0,
  pilotMunicipalities: [],
  updatedAt: event.at,
})

/**
 * The Best Practice catalogue: every practice with its theme, status, evidence and the decisions
 * that moved it on. Filter with `where: { theme }` or `where: { status }`.
 * @category read models
 */
export const practiceCatalogue: ReadModel<PracticeRow> = {
  name: "practice-catalogue",
  version: 2,
  keysOf: (stored) => {
    const event = practiceEvent(stored)
    return event === undefined ? [] : [event.practiceId]
  },
  apply: (stored, current) => {
    const event = practiceEvent(stored)
    if (event === undefined) return []
    const row = current.get(event.practiceId)
    const key = event.practiceId
    const update = (changes: Partial<PracticeRow>) =>
      row === undefined ? [] : [{ key, row: Object.assign({}, row, changes, { updatedAt: event.at }) }]
    switch (event._tag) {
      case "PracticeRegistered":
        return [{ key, row: newRow(event, "kandidaat") }]
      case "PracticeImported": {
        const evidence = event.evaluations.reduce<string | undefined>(
          (best, e) => higher(best, e.evidenceLevel),
          undefined,
        )
        return [
          {
            key,
            row: Object.assign(newRow(event, "overgedragen"), evidence === undefined ? {} : { evidence }, {
              documented: event.documentation !== undefined,
              evaluations: event.evaluations.length,
              pilotMunicipalities: event.pilotMunicipalities.map((d) => d.municipality),
              accordDecision: event.accord.decisionId,
              handoverDecision: event.handover.decisionId,
              importedFrom: `${event.from.programme} (${event.from.district})`,
              packageDigest: event.from.packageDigest,
              version: 1,
            }),
          },
        ]
      }
      case "NetworkAgreementRegistered":
        return [
          {
            key,
            row: Object.assign(newRow(event, "vastgesteld_netwerk"), {
              agreementDecision: event.decisionId,
              network: `${event.agreement.name} (${event.agreement.agreedBy}, ${event.agreement.agreedOn})`,
            }),
          },
        ]
      case "PracticeDocumented":
        return update({ documented: true })
      case "PilotMunicipalityDesignated":
        return update({ pilotMunicipalities: [...(row?.pilotMunicipalities ?? []), event.municipality] })
      case "PilotStarted":
        return update({ status: "in_pilot" })
      case "EvaluationRecorded":
        return update({
          status:
            networkStatus(row) && row !== undefined
              ? row.status
              : event.evaluation.kind === "pilot"
                ? "beproefd"
                : "geevalueerd",
          evaluations: (row?.evaluations ?? 0) + 1,
          evidence: higher(row?.evidence, event.evaluation.evidenceLevel),
        })
      case "PracticeProposed":
        return update({ status: "voorgesteld", proposal: event.itemId })
      case "PracticeProposalClosed": {
        if (row === undefined) return []
        const { proposal: _, ...rest } = row
        return [{ key, row: Object.assign({}, rest, { status: event.restoredStatus, updatedAt: event.at }) }]
      }
      case "PracticeAccorded": {
        if (row === undefined) return []
        const { proposal: _, ...rest } = row
        return [
          {
            key,
            row: Object.assign({}, rest, {
              status: "geaccordeerd" as const,
              accordDecision: event.accord.decisionId,
              updatedAt: event.at,
            }),
          },
        ]
      }
      case "ExecutionStarted":
        return update({ status: networkStatus(row) && row !== undefined ? row.status : "in_uitvoering" })
      case "PracticeRevised":
        return update(
          Object.assign(
            { version: event.version, lastRevision: { by: event.revisedBy, at: event.at, reason: event.reason } },
            event.title === undefined ? {} : { title: event.title },
            event.documentation === undefined ? {} : { documented: true },
          ),
        )
      case "PracticeHandedOver":
        return update({ status: "overgedragen", handoverDecision: event.handover.decisionId })
      case "PracticeEstablished":
        return update({ status: "vastgesteld_netwerk", agreementDecision: event.agreement.decisionId })
      case "PracticeRejected":
        return update({ status: "afgewezen" })
      case "PracticeStopped":
        return update({ status: "gestopt" })
      case "PilotAccorded": {
        if (row === undefined) return []
        const { proposal: _, ...rest } = row
        const added = event.municipalities.filter((m) => !row.pilotMunicipalities.includes(m))
        return [
          {
            key,
            row: Object.assign({}, rest, {
              status: "kandidaat" as const,
              pilotAccordDecision: event.accord.decisionId,
              pilotMunicipalities: [...row.pilotMunicipalities, ...new Set(added)],
              updatedAt: event.at,
            }),
          },
        ]
      }
      case "PracticesLinked":
        return update({ related: [...(row?.related ?? []), { practiceId: event.related, note: event.note }] })
      default: {
        const unknown: never = event
        return unknown
      }
    }
  },
}

/** The read models of Best Practices and tracks, for a store to keep. @category read models */
export const practiceReadModels = [practiceCatalogue, trackOverview] as const
