import { Kernel } from "@weerbaar/core"
import { Schema } from "effect"
import { isSecureCallbackUrl, secureCallbackUrlMessage } from "./callbackUrl.js"
import { requestBody } from "./requestFields.js"

/** The channels a subscriber can follow, after ZGW Notificaties' `kanalen`. @category notifications */
export const Kanaal = Schema.Literal(
  "stukken",
  "besluiten",
  "bestuur",
  "begroting",
  "best-practices",
  "trajecten",
  "mijlpalen",
  "overdrachten",
  "randvoorwaarden",
  "signalen",
  "overig",
).annotations({
  identifier: "Kanaal",
})
/** @category notifications */
export type Kanaal = typeof Kanaal.Type

/** A new subscription: where to POST notifications and for which channels. @category notifications */
export const NieuwAbonnement = Schema.Struct({
  callbackUrl: Schema.String.pipe(
    Schema.maxLength(2000, { message: () => "expected a URL of at most 2000 characters" }),
    Schema.filter(isSecureCallbackUrl, { message: () => secureCallbackUrlMessage }),
  ),
  kanalen: Schema.NonEmptyArray(Kanaal),
}).annotations(requestBody("NieuwAbonnement"))

/** A subscription. @category notifications */
export class Abonnement extends Schema.Class<Abonnement>("Abonnement")({
  id: Schema.String,
  callbackUrl: Schema.String,
  kanalen: Schema.Array(Kanaal),
  abonnee: Schema.String,
  aangemaaktOp: Kernel.Timestamp,
}) {}

/** A notification as delivered to a subscriber, after ZGW Notificaties. @category notifications */
export class Notificatie extends Schema.Class<Notificatie>("Notificatie")({
  kanaal: Kanaal,
  hoofdObject: Schema.String,
  resource: Schema.String,
  resourceUrl: Schema.String,
  actie: Schema.String,
  aanmaakdatum: Kernel.Timestamp,
  kenmerken: Schema.Record({ key: Schema.String, value: Schema.String }),
  positie: Schema.Int,
}) {}
