import { HttpApiEndpoint, HttpApiGroup, OpenApi } from "@effect/platform"
import { Schema } from "effect"
import { Authentication } from "../Authentication.js"
import { Randvoorwaarden } from "../healthResources.js"
import { Datum } from "../resources.js"

/** The programme's health: staffing, commitment and budget. @category contract */
export const RandvoorwaardenGroup = HttpApiGroup.make("randvoorwaarden")
  .add(
    HttpApiEndpoint.get("get", "/randvoorwaarden")
      .setUrlParams(
        Schema.Struct({ peildatum: Schema.optional(Datum) }).annotations({ parseOptions: { errors: "all" } }),
      )
      .addSuccess(Randvoorwaarden),
  )
  .middleware(Authentication)
  .annotate(OpenApi.Description, "The randvoorwaarden as green, amber or red with the facts behind them, on a date")
  .prefix("/v1")
