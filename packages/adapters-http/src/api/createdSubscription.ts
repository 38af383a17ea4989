import { Schema } from "effect"
import { Abonnement } from "./subscriptions.js"

/**
 * A subscription as answered once, when it is created: with `geheim`, the secret its
 * notifications are signed with (`Weerbaar-Signature`). No later answer shows the secret.
 * @category notifications
 */
export class AangemaaktAbonnement extends Abonnement.extend<AangemaaktAbonnement>("AangemaaktAbonnement")({
  geheim: Schema.String.annotations({
    description:
      "The HMAC-SHA256 key of this subscription's Weerbaar-Signature header; shown only in this answer, keep it secret",
  }),
}) {}
