import { Either, Option, Schema } from "effect"
import type { Timestamp } from "../kernel/CalendarDate.js"
import { judge } from "../kernel/judge.js"
import { Refused, type RuleViolation, violation } from "../kernel/Refusal.js"
import type { GovernanceModel } from "../governance/GovernanceModel.js"
import { bodyName, findOrganisation } from "../governance/queries.js"
import type { InsightsBundle } from "../information/InsightsBundle.js"
import type { Practice } from "../practices/PracticeState.js"
import type { TrackState } from "../practices/TrackState.js"
import type { Item, ItemState } from "../routes/ItemState.js"
import {
  HandoverContent,
  type HandoverPackage,
  handoverFormat,
  handoverPackageVersion,
  type PackagedTrack,
} from "./HandoverPackage.js"
import { handoverRules as H } from "./handoverRules.js"
import { contentDigest } from "./verifyPackage.js"

/** What a handover package is made of. @category handover */
export interface HandoverSource {
  readonly model: GovernanceModel
  /** The overdracht item the Stuurgroep decided on. */
  readonly item: ItemState
  /** The practices the item lists, as found in the catalogue. */
  readonly practices: ReadonlyArray<Practice>
  /** Every track of those practices. */
  readonly tracks: ReadonlyArray<TrackState>
  readonly information: InsightsBundle
  readonly createdBy: string
  readonly createdAt: Timestamp
}

const packagedTrack = (model: GovernanceModel, track: TrackState): PackagedTrack => {
  const municipality = track.municipality ?? ""
  const organisation =
    track.municipality === undefined ? undefined : Option.getOrUndefined(findOrganisation(model, track.municipality))
  return {
    municipality,
    name: organisation?.name ?? municipality,
    ...(organisation?.kind === "gemeente" ? { cbsCode: organisation.cbsCode } : {}),
    phase: track.phase,
    ...(track.reason === undefined ? {} : { reason: track.reason }),
    maatwerk: track.maatwerk,
    planned: track.planned,
    reached: track.reached,
    ...(track.exemption === undefined ? {} : { exemption: track.exemption }),
  }
}

/** Why a package cannot be made from this source: every reason. @category handover */
export const packageViolations = (source: HandoverSource): ReadonlyArray<RuleViolation> => {
  const { item } = source
  if (!item.exists) return [violation(H.notDecided, { item: "?", status: "onbekend" })]
  const violations: Array<RuleViolation> = []
  if (item.kind !== "overdracht") violations.push(violation(H.notAHandover, { item: item.itemId, kind: item.kind }))
  if (item.status !== "approved" && item.status !== "accorded") {
    violations.push(violation(H.notDecided, { item: item.itemId, status: item.status }))
  }
  for (const practiceId of item.content.practices) {
    const practice = source.practices.find((p) => p.practiceId === practiceId)
    if (practice === undefined || practice.handover?.itemId !== item.itemId || practice.accord === undefined) {
      violations.push(
        violation(H.practiceNotHandedOver, { practice: practiceId, status: practice?.status ?? "onbekend" }),
      )
    }
  }
  return violations
}

/**
 * Makes the handover package of an overdracht the Stuurgroep decided on: every listed practice
 * with its dossier and track picture, the information method and insights, and the digest.
 * Refused when the item is no decided handover or a practice was not handed over by it (as far
 * as the model's forces refuse).
 * @category handover
 */
export const buildHandoverPackage = (source: HandoverSource): Either.Either<HandoverPackage, Refused> => {
  const { item } = source
  const violations = packageViolations(source)
  // Without an item there is nothing to package, whatever force the model gives its rule.
  if (!item.exists) {
    return Either.left(
      new Refused({
        command: "CreateHandoverPackage",
        violations: violations as [RuleViolation, ...Array<RuleViolation>],
      }),
    )
  }
  const made = judge("CreateHandoverPackage", violations, source.model, () => [packageOf(contentOf(source, item))])
  return Either.map(made, (decision) => decision.events[0]!)
}

const packageOf = (content: HandoverContent): HandoverPackage => ({
  format: handoverFormat,
  packageVersion: handoverPackageVersion,
  digest: contentDigest(Schema.encodeSync(HandoverContent)(content)),
  content,
})

const contentOf = (source: HandoverSource, item: Item): HandoverContent => {
  const { model } = source
  const final = item.decisions.filter((d) => d.final && d.revokedBy === undefined).at(-1)!
  const practices = item.content.practices.map((practiceId) => {
    const p = source.practices.find((candidate) => candidate.practiceId === practiceId)!
    return {
      practiceId: p.practiceId as HandoverContent["practices"][number]["practiceId"],
      ...p.description,
      ...(p.documentation === undefined ? {} : { documentation: p.documentation }),
      evaluations: p.evaluations as HandoverContent["practices"][number]["evaluations"],
      pilotMunicipalities: p.pilotMunicipalities,
      accord: p.accord!,
      budget: p.budget,
      handover: p.handover!,
      tracks: source.tracks
        .filter((t) => t.practiceId === p.practiceId)
        .sort((a, b) => (a.municipality ?? "").localeCompare(b.municipality ?? ""))
        .map((t) => packagedTrack(model, t)),
    }
  })
  return {
    handoverId: item.itemId,
    title: item.content.title,
    description: item.content.description,
    createdAt: source.createdAt,
    createdBy: source.createdBy,
    from: { programme: model.programme.name, district: model.programme.district },
    decision: {
      itemId: item.itemId,
      decisionId: final.decisionId,
      body: final.body,
      bodyName: bodyName(model, final.body),
      meetingDate: final.meetingDate,
    },
    minimumEvidence: model.settings.handover.minimumEvidence,
    practices: practices as unknown as HandoverContent["practices"],
    information: source.information,
  }
}
