import { HttpApiEndpoint, HttpApiGroup, OpenApi } from "@effect/platform"
import { Schema } from "effect"
import { Authentication } from "../Authentication.js"
import { QueryText } from "../requestFields.js"
import { IdPath } from "../paths.js"
import { Besluit } from "../besluitResources.js"
import { Pagina, paging } from "../resources.js"

/** The decision register. @category contract */
export const BesluitenGroup = HttpApiGroup.make("besluiten")
  .add(
    HttpApiEndpoint.get("list", "/besluiten")
      .setUrlParams(
        Schema.Struct({
          bestuursorgaan: Schema.optional(QueryText),
          stuk: Schema.optional(QueryText),
          ...paging,
        }).annotations({ parseOptions: { errors: "all" } }),
      )
      .addSuccess(Pagina(Besluit, "PaginaBesluiten")),
  )
  .add(HttpApiEndpoint.get("get", "/besluiten/:id").setPath(IdPath).addSuccess(Besluit))
  .middleware(Authentication)
  .annotate(OpenApi.Description, "Every decision of every body, revocations included")
  .prefix("/v1")
