import { HttpApiEndpoint, HttpApiGroup, OpenApi } from "@effect/platform"
import { Schema } from "effect"
import { Authentication } from "../Authentication.js"
import { ChangeHeaders, CreateHeaders } from "../headers.js"
import {
  NieuwActiepunt,
  NieuwAgendapunt,
  NieuweAanwezigheid,
  NieuweStem,
  NieuweVergadering,
  NieuweVervanging,
  NieuwBelangenconflict,
  NieuwPuntbesluit,
  NieuwStukbesluit,
} from "../meetingRequests.js"
import { Besluitenlijst, Vergadering, VergaderingSamenvatting } from "../meetingResources.js"
import { AgendapuntPath, IdPath } from "../paths.js"
import { QueryText } from "../requestFields.js"
import { Pagina, paging } from "../resources.js"

const meeting = <const Name extends string, const Path extends string>(name: Name, path: Path) =>
  HttpApiEndpoint.post(name, `/vergaderingen/:id/${path}`)
    .setPath(IdPath)
    .setHeaders(ChangeHeaders)
    .addSuccess(Vergadering, { status: 201 })

const point = <const Name extends string, const Path extends string>(name: Name, path: Path) =>
  HttpApiEndpoint.post(name, `/vergaderingen/:id/agendapunten/:nr/${path}`)
    .setPath(AgendapuntPath)
    .setHeaders(ChangeHeaders)
    .addSuccess(Vergadering, { status: 201 })

/** The meetings of the bodies and their besluitenlijsten. @category contract */
export const VergaderingenGroup = HttpApiGroup.make("vergaderingen")
  .add(
    HttpApiEndpoint.get("list", "/vergaderingen")
      .setUrlParams(
        Schema.Struct({
          orgaan: Schema.optional(QueryText),
          soort: Schema.optional(Schema.Literal("vergadering", "schriftelijke-ronde")),
          ...paging,
        }).annotations({ parseOptions: { errors: "all" } }),
      )
      .addSuccess(Pagina(VergaderingSamenvatting, "PaginaVergaderingen"))
      .annotate(OpenApi.Description, "Every meeting and written round of the bodies, with its status"),
  )
  .add(
    HttpApiEndpoint.post("plan", "/vergaderingen")
      .setPayload(NieuweVergadering)
      .setHeaders(CreateHeaders)
      .addSuccess(Vergadering, { status: 201 }),
  )
  .add(HttpApiEndpoint.get("get", "/vergaderingen/:id").setPath(IdPath).addSuccess(Vergadering))
  .add(meeting("addPoint", "agendapunten").setPayload(NieuwAgendapunt))
  .add(meeting("recordAttendance", "aanwezigheid").setPayload(NieuweAanwezigheid))
  .add(meeting("recordSubstitute", "vervangers").setPayload(NieuweVervanging))
  .add(point("recordRecusal", "belangenconflicten").setPayload(NieuwBelangenconflict))
  .add(point("castVote", "stemmen").setPayload(NieuweStem))
  .add(
    point("decidePoint", "puntbesluit")
      .setPayload(NieuwPuntbesluit)
      .annotate(
        OpenApi.Description,
        "The body decides a point of its own: an `overig` point or the minutes of an earlier meeting",
      ),
  )
  .add(
    HttpApiEndpoint.post("decideItem", "/vergaderingen/:id/agendapunten/:nr/besluit")
      .setPath(AgendapuntPath)
      .setPayload(NieuwStukbesluit)
      .setHeaders(CreateHeaders)
      .addSuccess(Vergadering, { status: 201 })
      .annotate(
        OpenApi.Description,
        "The body decides the item of the point, with the meeting's record (attendance, substitutes, recusals and votes on the point); the decision is in /v1/besluiten",
      ),
  )
  .add(meeting("addAction", "actiepunten").setPayload(NieuwActiepunt))
  .add(meeting("close", "sluiting"))
  .add(
    HttpApiEndpoint.get("besluitenlijst", "/besluitenlijsten/:id")
      .setPath(IdPath)
      .addSuccess(Besluitenlijst)
      .annotate(OpenApi.Description, "The besluitenlijst of the meeting with this id"),
  )
  .middleware(Authentication)
  .annotate(
    OpenApi.Description,
    "A body's meetings: agenda with papers, attendance, substitutes, recusals and votes per point, decisions, action points",
  )
  .prefix("/v1")
