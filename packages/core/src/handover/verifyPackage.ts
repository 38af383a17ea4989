import { Either, ParseResult, Schema } from "effect"
import { canonicalJson } from "../kernel/canonicalJson.js"
import { Localized } from "../kernel/Localized.js"
import { sha256Hex } from "../kernel/sha256.js"
import { HandoverPackage, handoverFormat, supportedPackageVersions } from "./HandoverPackage.js"

/**
 * A handover package that is not accepted, and why: not a package at all, a version this library
 * does not read, content that does not match the schema, or content that does not match its digest
 * (changed after it was made). Nothing is imported.
 * @category handover
 */
export class HandoverPackageRefused extends Schema.TaggedError<HandoverPackageRefused>()("HandoverPackageRefused", {
  reason: Schema.Literal("not-a-package", "unknown-version", "invalid", "tampered"),
  explanation: Localized,
  details: Schema.String,
}) {
  override get message(): string {
    return `handover package refused (${this.reason}): ${this.explanation.en}${this.details === "" ? "" : ` — ${this.details}`}`
  }
}

/** The digest of a package's content: SHA-256 of its canonical JSON. @category handover */
export const contentDigest = (contentJson: unknown): string => sha256Hex(canonicalJson(contentJson))

const refused = (reason: HandoverPackageRefused["reason"], explanation: Localized, details = "") =>
  Either.left(new HandoverPackageRefused({ reason, explanation, details }))

/**
 * Checks a handover package as read from JSON: its format, its version, its shape and its digest.
 *
 * @example
 * ```ts
 * const checked = verifyHandoverPackage(JSON.parse(text))
 * if (Either.isLeft(checked)) console.error(checked.left.explanation.nl)
 * ```
 * @category handover
 */
export const verifyHandoverPackage = (input: unknown): Either.Either<HandoverPackage, HandoverPackageRefused> => {
  const envelope = typeof input === "object" && input !== null ? (input as Record<string, unknown>) : {}
  if (envelope.format !== handoverFormat) {
    return refused("not-a-package", {
      nl: `Dit is geen overdrachtspakket: het formaat is niet '${handoverFormat}'.`,
      en: `This is not a handover package: its format is not '${handoverFormat}'.`,
    })
  }
  const version = envelope.packageVersion
  if (typeof version !== "number" || !supportedPackageVersions.includes(version)) {
    return refused("unknown-version", {
      nl: `Pakketversie ${String(version)} is onbekend; deze versie van weerbaar leest versie ${supportedPackageVersions.join(", ")}.`,
      en: `Package version ${String(version)} is unknown; this version of weerbaar reads version ${supportedPackageVersions.join(", ")}.`,
    })
  }
  const decoded = Schema.decodeUnknownEither(HandoverPackage)(input)
  if (Either.isLeft(decoded)) {
    return refused(
      "invalid",
      {
        nl: "Het pakket voldoet niet aan het schema van een overdrachtspakket.",
        en: "The package does not match the schema of a handover package.",
      },
      ParseResult.TreeFormatter.formatErrorSync(decoded.left),
    )
  }
  const actual = contentDigest(envelope.content)
  if (actual !== decoded.right.digest) {
    return refused(
      "tampered",
      {
        nl: "De inhoud van het pakket komt niet overeen met zijn vingerafdruk (SHA-256): het is na het opmaken gewijzigd.",
        en: "The package's content does not match its digest (SHA-256): it was changed after it was made.",
      },
      `digest ${decoded.right.digest}, content hashes to ${actual}`,
    )
  }
  return Either.right(decoded.right)
}
