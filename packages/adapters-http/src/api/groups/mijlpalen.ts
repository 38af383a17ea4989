import { HttpApiEndpoint, HttpApiGroup, OpenApi } from "@effect/platform"
import { Practice } from "@weerbaar/core"
import { Schema } from "effect"
import { Authentication } from "../Authentication.js"
import { DecimalInteger } from "../queryIntegers.js"
import { QueryText } from "../requestFields.js"
import { ChangeHeaders, CreateHeaders } from "../headers.js"
import {
  Mijlpaal,
  Mijlpaalagenda,
  MijlpaalSamenvatting,
  NieuweMijlpaal,
  NieuweOplevering,
  NieuweVerschuiving,
} from "../milestoneResources.js"
import { IdPath } from "../paths.js"
import { Datum, Pagina, paging } from "../resources.js"

/** Milestones — the results of the phases — and the agenda of late and upcoming ones. @category contract */
export const MijlpalenGroup = HttpApiGroup.make("mijlpalen")
  .add(
    HttpApiEndpoint.get("list", "/mijlpalen")
      .setUrlParams(
        Schema.Struct({
          eigenaar: Schema.optional(QueryText),
          fase: Schema.optional(Practice.ProgrammePhase),
          ...paging,
        }).annotations({ parseOptions: { errors: "all" } }),
      )
      .addSuccess(Pagina(MijlpaalSamenvatting, "PaginaMijlpalen")),
  )
  .add(
    HttpApiEndpoint.post("plan", "/mijlpalen")
      .setPayload(NieuweMijlpaal)
      .setHeaders(CreateHeaders)
      .addSuccess(Mijlpaal, { status: 201 }),
  )
  .add(HttpApiEndpoint.get("get", "/mijlpalen/:id").setPath(IdPath).addSuccess(Mijlpaal))
  .add(
    HttpApiEndpoint.post("reschedule", "/mijlpalen/:id/verschuivingen")
      .setPath(IdPath)
      .setPayload(NieuweVerschuiving)
      .setHeaders(ChangeHeaders)
      .addSuccess(Mijlpaal, { status: 201 }),
  )
  .add(
    HttpApiEndpoint.post("deliver", "/mijlpalen/:id/opleveringen")
      .setPath(IdPath)
      .setPayload(NieuweOplevering)
      .setHeaders(ChangeHeaders)
      .addSuccess(Mijlpaal, { status: 201 }),
  )
  .add(
    HttpApiEndpoint.get("agenda", "/mijlpaalagenda")
      .setUrlParams(
        Schema.Struct({
          peildatum: Schema.optional(Datum),
          horizon: Schema.optional(DecimalInteger(0, 366)).annotations({
            description: "Days ahead; 30 when left out",
          }),
        }).annotations({ parseOptions: { errors: "all" } }),
      )
      .addSuccess(Mijlpaalagenda),
  )
  .middleware(Authentication)
  .annotate(OpenApi.Description, "Milestones with due dates, monitored for lateness")
  .prefix("/v1")
