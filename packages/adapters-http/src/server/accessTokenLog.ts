import { Governance, Kernel } from "@weerbaar/core"
import { Either, Schema } from "effect"

/** A bearer token was issued to a person; only the SHA-256 of its secret is stored. @category authentication */
export class AccessTokenIssued extends Schema.TaggedClass<AccessTokenIssued>()("AccessTokenIssued", {
  tokenId: Schema.String,
  person: Governance.PersonId,
  secretHash: Schema.String,
  label: Schema.String,
  issuedBy: Schema.String,
  at: Kernel.Timestamp,
  /** From this moment on the token is refused; a token without it does not expire. */
  expiresAt: Schema.optionalWith(Kernel.Timestamp, { exact: true }),
}) {}

/** A bearer token was revoked. @category authentication */
export class AccessTokenRevoked extends Schema.TaggedClass<AccessTokenRevoked>()("AccessTokenRevoked", {
  tokenId: Schema.String,
  revokedBy: Schema.String,
  at: Kernel.Timestamp,
}) {}

/** An event of the token stream. @category authentication */
export const AccessTokenEvent = Schema.Union(AccessTokenIssued, AccessTokenRevoked)

/** A token as the operator sees it: everything but its secret, which is never stored. @category authentication */
export interface AccessTokenRecord {
  readonly tokenId: string
  readonly person: Governance.PersonId
  readonly label: string
  readonly issuedBy: string
  readonly issuedAt: Kernel.Timestamp
  readonly expiresAt?: Kernel.Timestamp
  readonly revokedAt?: Kernel.Timestamp
  readonly revokedBy?: string
}

/** A token with the SHA-256 of its secret, for verification only. */
export interface StoredAccessToken extends AccessTokenRecord {
  readonly secretHash: string
}

const decode = Schema.decodeUnknownEither(AccessTokenEvent)

/** Every token issued, in order of issue, with its revocation if any, from the stream's payloads. */
export const accessTokensOf = (payloads: Iterable<unknown>): ReadonlyArray<StoredAccessToken> => {
  const records = new Map<string, StoredAccessToken>()
  for (const payload of payloads) {
    const event = decode(payload)
    if (Either.isLeft(event)) continue
    const e = event.right
    if (e._tag === "AccessTokenIssued") {
      records.set(e.tokenId, {
        tokenId: e.tokenId,
        person: e.person,
        label: e.label,
        issuedBy: e.issuedBy,
        issuedAt: e.at,
        ...(e.expiresAt === undefined ? {} : { expiresAt: e.expiresAt }),
        secretHash: e.secretHash,
      })
    } else {
      const issued = records.get(e.tokenId)
      // The first revocation counts; the token stays listed as revoked.
      if (issued !== undefined && issued.revokedAt === undefined) {
        records.set(e.tokenId, { ...issued, revokedAt: e.at, revokedBy: e.revokedBy })
      }
    }
  }
  return [...records.values()]
}
