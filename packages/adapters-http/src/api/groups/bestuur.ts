import { HttpApiEndpoint, HttpApiGroup, OpenApi } from "@effect/platform"
import { Kernel } from "@weerbaar/core"
import { Schema } from "effect"
import { Authentication } from "../Authentication.js"
import { IdPath } from "../paths.js"
import { Begrotingspositie, Gemeente, Orgaan } from "../resources.js"

/** The governance structure: bodies with their members, municipalities. @category contract */
export const BestuurGroup = HttpApiGroup.make("bestuur")
  .add(
    HttpApiEndpoint.get("organen", "/organen")
      .setUrlParams(Schema.Struct({ peildatum: Schema.optional(Kernel.CalendarDate) }))
      .addSuccess(Schema.Array(Orgaan)),
  )
  .add(
    HttpApiEndpoint.get("orgaan", "/organen/:id")
      .setPath(IdPath)
      .setUrlParams(Schema.Struct({ peildatum: Schema.optional(Kernel.CalendarDate) }))
      .addSuccess(Orgaan),
  )
  .add(HttpApiEndpoint.get("gemeenten", "/gemeenten").addSuccess(Schema.Array(Gemeente)))
  .add(HttpApiEndpoint.get("begroting", "/begroting").addSuccess(Begrotingspositie))
  .middleware(Authentication)
  .annotate(OpenApi.Description, "Bodies and their members on a reference date, municipalities, the budget")
  .prefix("/v1")
