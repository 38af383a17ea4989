import { Either, Schema } from "effect"
import type { CalendarDate } from "../kernel/CalendarDate.js"
import { canonicalJson } from "../kernel/canonicalJson.js"
import { Refused, type RuleViolation, violation } from "../kernel/Refusal.js"
import type { ItemState } from "../routes/ItemState.js"
import { modelFingerprint } from "./adoption.js"
import { type GovernanceModel, GovernanceModelFields } from "./GovernanceModel.js"
import { governanceRules } from "./governanceRules.js"
import type { PersonId } from "./Ids.js"
import { Membership } from "./Membership.js"
import type { AdoptionBasis, ModelVersion } from "./ModelVersion.js"
import { bodyOfLevel, mayActFor } from "./queries.js"

/** The accorded decision a new version of the rule book cites, with its item as it stands. @category governance */
export interface CitedDecision {
  readonly item: ItemState
  readonly decisionId: string
}

/** What is asked: a version of the rule book, by whom, on which day, on which decision, from when. @category governance */
export interface AdoptionRequest {
  readonly model: GovernanceModel
  readonly actor: PersonId
  readonly today: CalendarDate
  readonly decision?: CitedDecision
  readonly validFrom?: CalendarDate
}

/** How an accepted version enters the rule book. @category governance */
export interface AdoptionVerdict {
  readonly validFrom: CalendarDate
  readonly basis: AdoptionBasis
}

const adopt = "AdoptGovernanceModel"
const refuse = (violations: ReadonlyArray<RuleViolation>) =>
  Either.left(new Refused({ command: adopt, violations: violations as [RuleViolation, ...Array<RuleViolation>] }))

// Memberships and the persons who hold them are dated facts a body keeps itself; everything else
// of the model is the rule book's structure.
const factsOfBodies = new Set(["memberships", "persons"])

/** The parts of the rule book's structure in which `next` differs from `current`. @category governance */
export const structuralChanges = (current: GovernanceModel, next: GovernanceModel): ReadonlyArray<string> => {
  // The fields' schema: both models were validated when they were decoded.
  const a = Schema.encodeSync(GovernanceModelFields)(current) as Record<string, unknown>
  const b = Schema.encodeSync(GovernanceModelFields)(next) as Record<string, unknown>
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => !factsOfBodies.has(k))
  return keys.filter((k) => canonicalJson(a[k]) !== canonicalJson(b[k])).sort()
}

/** The bodies whose memberships differ between `current` and `next`. @category governance */
export const bodiesWithChangedMemberships = (
  current: GovernanceModel,
  next: GovernanceModel,
): ReadonlyArray<string> => {
  const key = (m: Membership) => canonicalJson(Schema.encodeSync(Membership)(m))
  const before = new Map(current.memberships.map((m) => [key(m), m.body]))
  const after = new Map(next.memberships.map((m) => [key(m), m.body]))
  const changed = new Set<string>()
  for (const [k, body] of before) if (!after.has(k)) changed.add(body)
  for (const [k, body] of after) if (!before.has(k)) changed.add(body)
  return [...changed].sort()
}

/**
 * The verdict on adopting `request.model` after `versions`. The first version founds the store as
 * a concept (only the programme plan's route runs until the DVO decides on it). Any later version
 * that changes the structure — bodies, routes, decision rules, forces, themes, municipalities, the
 * budget — must cite a final, unrevoked approving decision of the bestuurlijk body on a
 * `programmaplan` or `programmabijstelling` item that proposed exactly this model, applies from
 * that decision's date or later, and is recorded by a person acting for the DVO or the Stuurgroep
 * (`model.requires-decision` otherwise). A change of memberships only is made by a person acting
 * for every body concerned, and amends the version in force.
 * @category governance
 */
export const adoptionVerdict = (
  versions: ReadonlyArray<ModelVersion>,
  request: AdoptionRequest,
): Either.Either<AdoptionVerdict, Refused> => {
  const current = versions.at(-1)
  if (current === undefined) {
    return Either.right({
      validFrom: request.validFrom ?? request.model.programme.startDate,
      basis: { _tag: "oprichting" },
    })
  }
  if (request.decision !== undefined) return decidedVersion(versions, current, request, request.decision)
  const changed = structuralChanges(current.model, request.model)
  if (changed.length > 0) return refuse([violation(governanceRules.requiresDecision, { changed })])
  const refusals = bodiesWithChangedMemberships(current.model, request.model)
    .filter((body) => !mayActFor(current.model, request.actor, body as never, request.today))
    .map((body) => violation(governanceRules.mayNotChangeMemberships, { person: request.actor, body }))
  if (refusals.length > 0) return refuse(refusals)
  const validFrom = request.validFrom ?? current.validFrom
  if (validFrom < current.validFrom) {
    return refuse([violation(governanceRules.validFromTooEarly, { validFrom, earliest: current.validFrom })])
  }
  return Either.right({ validFrom, basis: { _tag: "lidmaatschappen" } })
}

const decidedVersion = (
  versions: ReadonlyArray<ModelVersion>,
  current: ModelVersion,
  request: AdoptionRequest,
  cited: CitedDecision,
): Either.Either<AdoptionVerdict, Refused> => {
  const governing = [bodyOfLevel(current.model, "bestuurlijk"), bodyOfLevel(current.model, "besturing")]
  const mayAdopt = governing.some(
    (b) => b._tag === "Some" && mayActFor(current.model, request.actor, b.value.id, request.today),
  )
  if (!mayAdopt) return refuse([violation(governanceRules.mayNotAdopt, { person: request.actor })])
  const { item, decisionId } = cited
  const itemId = item.exists ? item.itemId : "?"
  const invalid = (why: string) =>
    refuse([violation(governanceRules.decisionNotValid, { item: itemId, decision: decisionId, why })])
  if (!item.exists) return invalid("het stuk bestaat niet / the item does not exist")
  if (item.kind !== "programmaplan" && item.kind !== "programmabijstelling") {
    return invalid(`het is een ${item.kind}, geen programmaplan of programmabijstelling`)
  }
  const decision = item.decisions.find((d) => d.decisionId === decisionId)
  if (decision === undefined) return invalid("het stuk heeft geen besluit met dit kenmerk")
  const body = current.model.bodies.find((b) => b.id === decision.body)
  if (body?.level !== "bestuurlijk") return invalid(`${decision.body} is geen bestuurlijk orgaan`)
  if (decision.outcome !== "approve" && decision.outcome !== "accord") {
    return invalid(`het besluit luidt '${decision.outcome}'`)
  }
  if (!decision.final) return invalid("het besluit is niet het laatste van de route")
  if (decision.revokedBy !== undefined) return invalid(`het besluit is ingetrokken door ${decision.revokedBy}`)
  const earlier = versions.find((v) => v.basis?._tag === "besluit" && v.basis.decisionId === decisionId)
  if (earlier !== undefined) {
    return refuse([violation(governanceRules.decisionAlreadyCited, { decision: decisionId, version: earlier.version })])
  }
  const adopted = modelFingerprint(request.model)
  const proposed = item.content.proposedModel ?? "(geen)"
  if (proposed !== adopted) {
    return refuse([violation(governanceRules.notWhatWasDecided, { item: item.itemId, proposed, adopted })])
  }
  const earliest = [decision.meetingDate, current.validFrom].sort().at(-1) as CalendarDate
  const validFrom = request.validFrom ?? earliest
  if (validFrom < earliest) return refuse([violation(governanceRules.validFromTooEarly, { validFrom, earliest })])
  return Either.right({
    validFrom,
    basis: { _tag: "besluit", itemId: item.itemId, decisionId, body: decision.body, meetingDate: decision.meetingDate },
  })
}
