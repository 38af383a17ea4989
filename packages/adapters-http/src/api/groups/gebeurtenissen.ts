import { HttpApiEndpoint, HttpApiGroup, OpenApi } from "@effect/platform"
import { Schema } from "effect"
import { Authentication } from "../Authentication.js"
import { AangemaaktAbonnement } from "../createdSubscription.js"
import { DecimalInteger } from "../queryIntegers.js"
import { CreateHeaders } from "../headers.js"
import { IdPath } from "../paths.js"
import { Gebeurtenis, Pagina, paging } from "../resources.js"
import { Abonnement, NieuwAbonnement } from "../subscriptions.js"

/** The event feed for integrators, and notification subscriptions. @category contract */
export const GebeurtenissenGroup = HttpApiGroup.make("gebeurtenissen")
  .add(
    HttpApiEndpoint.get("list", "/gebeurtenissen")
      .setUrlParams(
        Schema.Struct({
          na: Schema.optional(DecimalInteger(0, Number.MAX_SAFE_INTEGER)).annotations({
            description: "The last position read; 0 or left out for the start",
          }),
          limiet: paging.limiet,
        }).annotations({ parseOptions: { errors: "all" } }),
      )
      .addSuccess(Pagina(Gebeurtenis, "PaginaGebeurtenissen")),
  )
  .add(
    HttpApiEndpoint.post("subscribe", "/abonnementen")
      .setPayload(NieuwAbonnement)
      .setHeaders(CreateHeaders)
      .addSuccess(AangemaaktAbonnement, { status: 201 }),
  )
  .add(HttpApiEndpoint.get("subscriptions", "/abonnementen").addSuccess(Schema.Array(Abonnement)))
  .add(HttpApiEndpoint.del("unsubscribe", "/abonnementen/:id").setPath(IdPath).addSuccess(Schema.Void))
  .middleware(Authentication)
  .annotate(
    OpenApi.Description,
    "The event log in order (cursor `na` is the last position read) and notification subscriptions in the style of ZGW Notificaties",
  )
  .prefix("/v1")
