import { HttpApiEndpoint, HttpApiGroup, OpenApi } from "@effect/platform"
import { Schema } from "effect"
import { Authentication } from "../Authentication.js"
import { QueryText } from "../requestFields.js"
import { ChangeHeaders } from "../headers.js"
import { TrajectPath } from "../paths.js"
import { Pagina, paging } from "../resources.js"
import {
  Fase,
  Fasebeeld,
  NieuweFaseOvergang,
  NieuweMaatwerkNotitie,
  NieuwePlanning,
  NieuweVrijstelling,
  Traject,
  TrajectSamenvatting,
} from "../trackResources.js"

const trajectPath = "/trajecten/:bestPractice/:gemeente" as const

const change = <const Name extends string, const Path extends string>(name: Name, path: Path) =>
  HttpApiEndpoint.post(name, `${trajectPath}/${path}`)
    .setPath(TrajectPath)
    .setHeaders(ChangeHeaders)
    .addSuccess(Traject, { status: 201 })

/** The tracks of measures per municipality, and the programme's phase picture. @category contract */
export const TrajectenGroup = HttpApiGroup.make("trajecten")
  .add(
    HttpApiEndpoint.get("list", "/trajecten")
      .setUrlParams(
        Schema.Struct({
          bestPractice: Schema.optional(QueryText),
          gemeente: Schema.optional(QueryText),
          fase: Schema.optional(Fase),
          ...paging,
        }).annotations({ parseOptions: { errors: "all" } }),
      )
      .addSuccess(Pagina(TrajectSamenvatting, "PaginaTrajecten")),
  )
  .add(
    HttpApiEndpoint.get("get", trajectPath)
      .setPath(TrajectPath)
      .addSuccess(Traject)
      .annotate(
        OpenApi.Description,
        'A track exists for every practice and municipality of the programme: in phase `geen` (ETag "0") until its first move',
      ),
  )
  .add(change("move", "fase-overgangen").setPayload(NieuweFaseOvergang))
  .add(change("plan", "planningen").setPayload(NieuwePlanning))
  .add(change("noteMaatwerk", "maatwerk").setPayload(NieuweMaatwerkNotitie))
  .add(change("exempt", "vrijstellingen").setPayload(NieuweVrijstelling))
  .add(HttpApiEndpoint.get("phasePicture", "/fasebeeld").addSuccess(Fasebeeld))
  .middleware(Authentication)
  .annotate(
    OpenApi.Description,
    "Per municipality the track of an accorded measure: tempo is free, the end result is not; only the DVO exempts",
  )
  .prefix("/v1")
