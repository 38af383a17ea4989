import { Either, Schema } from "effect"
import { CalendarDate, dateOf, Timestamp } from "../kernel/CalendarDate.js"
import { canonicalJson } from "../kernel/canonicalJson.js"
import { eventCodec, type UndecodableEvent } from "../kernel/EventCodec.js"
import { sha256Hex } from "../kernel/sha256.js"
import type { StoredEvent } from "../ports/EventStore.js"
import { GovernanceModel, GovernanceModelFields } from "./GovernanceModel.js"
import { AdoptionBasis, type ModelVersion } from "./ModelVersion.js"

/**
 * A version of the governance model was adopted: from `validFrom` on, acts are judged by it.
 * `basis` says what it rests on; adoptions stored before versions had a basis or a date rest on
 * their adoption and apply from it (the first from the programme's start).
 * @category governance
 */
export class GovernanceModelAdopted extends Schema.TaggedClass<GovernanceModelAdopted>()("GovernanceModelAdopted", {
  model: GovernanceModel,
  adoptedBy: Schema.String,
  at: Timestamp,
  validFrom: Schema.optional(CalendarDate),
  basis: Schema.optional(AdoptionBasis),
}) {}

/** Stores and reads adoptions of a governance model. @category governance */
export const governanceEventCodec = eventCodec(GovernanceModelAdopted, ["GovernanceModelAdopted"])

/** The stream that holds the versions of the governance model, in the order adopted. @category governance */
export const governanceStreamId = "governance"

/** Decodes an adoption event, if it is one. @category governance */
export const adoptedModel = (event: Parameters<typeof governanceEventCodec.fromStored>[0]) =>
  Either.map(governanceEventCodec.fromStored(event), (e) => e.model)

/**
 * The fingerprint of a governance model: the SHA-256 of its canonical JSON. A `programmaplan` or
 * `programmabijstelling` item names the fingerprint of the rule book it proposes, so the DVO
 * decides on exactly that model.
 * @category governance
 */
export const modelFingerprint = (model: GovernanceModel): string =>
  sha256Hex(canonicalJson(Schema.encodeSync(GovernanceModelFields)(model)))

/** The version an adoption makes, after the versions adopted before it. @category governance */
export const versionOf = (
  adopted: GovernanceModelAdopted,
  version: number,
  before: ReadonlyArray<ModelVersion>,
): ModelVersion => {
  const previous = before.at(-1)
  const basis = adopted.basis
  // An adoption stored before versions had a basis was in force from its adoption.
  const decided =
    basis === undefined || basis._tag === "besluit" || (basis._tag === "lidmaatschappen" && previous?.decided === true)
  const validFrom =
    adopted.validFrom ?? (previous === undefined ? adopted.model.programme.startDate : dateOf(adopted.at))
  return {
    version,
    model: adopted.model,
    validFrom,
    ...(basis === undefined ? {} : { basis }),
    decided,
    adoptedBy: adopted.adoptedBy,
    at: adopted.at,
  }
}

/** Every version of the governance stream's events, in the order adopted. @category governance */
export const versionsOf = (
  events: ReadonlyArray<StoredEvent>,
): Either.Either<ReadonlyArray<ModelVersion>, UndecodableEvent> => {
  const versions: Array<ModelVersion> = []
  for (const stored of events) {
    const adopted = governanceEventCodec.fromStored(stored)
    if (Either.isLeft(adopted)) return Either.left(adopted.left)
    versions.push(versionOf(adopted.right, stored.version, versions))
  }
  return Either.right(versions)
}
