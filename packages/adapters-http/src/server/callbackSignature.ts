import * as crypto from "node:crypto"

/** The header that carries a notification's signature. @category notifications */
export const signatureHeader = "Weerbaar-Signature"

/** A new subscription secret: 32 random bytes, `wbs_` and base64url. @category notifications */
export const newSubscriptionSecret = (): string => `wbs_${crypto.randomBytes(32).toString("base64url")}`

/**
 * The `Weerbaar-Signature` value for a body sent at `unixSeconds`: `t=<unixSeconds>,v1=<hex>`, where
 * `<hex>` is HMAC-SHA256 keyed with the secret (its UTF-8 bytes) over `<unixSeconds>.<body>`. The
 * time is signed too, so a receiver can refuse a replayed old notification.
 * @category notifications
 */
export const signatureOf = (secret: string, body: string, unixSeconds: number): string =>
  `t=${unixSeconds},v1=${crypto.createHmac("sha256", secret).update(`${unixSeconds}.${body}`, "utf8").digest("hex")}`
