import { HttpApiEndpoint, HttpApiGroup, OpenApi } from "@effect/platform"
import { Schema } from "effect"
import { Authentication } from "../Authentication.js"
import { Samenhang } from "../coherenceResources.js"
import { Datum } from "../resources.js"

/** The coherence of the measures across themes (samenhang). @category contract */
export const SamenhangGroup = HttpApiGroup.make("samenhang")
  .add(
    HttpApiEndpoint.get("get", "/samenhang")
      .setUrlParams(
        Schema.Struct({ peildatum: Schema.optional(Datum) }).annotations({ parseOptions: { errors: "all" } }),
      )
      .addSuccess(Samenhang),
  )
  .middleware(Authentication)
  .annotate(
    OpenApi.Description,
    "The coherence the Stuurgroep guards: the measures per theme with their tracks, the links across themes, and the municipalities where themes meet",
  )
  .prefix("/v1")
