import { HttpApiEndpoint, HttpApiGroup, OpenApi } from "@effect/platform"
import { Information } from "@weerbaar/core"
import { Schema } from "effect"
import { Authentication } from "../Authentication.js"
import { QueryText } from "../requestFields.js"
import { ChangeHeaders, CreateHeaders } from "../headers.js"
import {
  Informatieproduct,
  InformatieproductProfiel,
  InformatieproductSamenvatting,
  NieuweDeelbareSamenvatting,
  NieuweKoppeling,
  NieuweProductherziening,
  NieuweProductoplevering,
  NieuwInformatieproduct,
} from "../informationResources.js"
import { IdPath } from "../paths.js"
import { Pagina, paging } from "../resources.js"

/** Information products under their access rules. @category contract */
export const InformatieproductenGroup = HttpApiGroup.make("informatieproducten")
  .add(
    HttpApiEndpoint.get("list", "/informatieproducten")
      .setUrlParams(
        Schema.Struct({
          soort: Schema.optional(Information.InformationKind),
          producent: Schema.optional(QueryText),
          classificatie: Schema.optional(Information.Classification),
          ...paging,
        }).annotations({ parseOptions: { errors: "all" } }),
      )
      .addSuccess(Pagina(InformatieproductSamenvatting, "PaginaInformatieproducten")),
  )
  .add(
    HttpApiEndpoint.post("register", "/informatieproducten")
      .setPayload(NieuwInformatieproduct)
      .setHeaders(CreateHeaders)
      .addSuccess(InformatieproductProfiel, { status: 201 }),
  )
  .add(
    HttpApiEndpoint.get("read", "/informatieproducten/:id")
      .setPath(IdPath)
      .addSuccess(Informatieproduct)
      .annotate(
        OpenApi.Description,
        "The product with its content, under the access rules: a `vertrouwelijk` product only for the entitled, and each such read is recorded; a refusal names the product by id only",
      ),
  )
  .add(
    HttpApiEndpoint.post("deliver", "/informatieproducten/:id/opleveringen")
      .setPath(IdPath)
      .setPayload(NieuweProductoplevering)
      .setHeaders(ChangeHeaders)
      .addSuccess(InformatieproductProfiel, { status: 201 }),
  )
  .add(
    HttpApiEndpoint.post("revise", "/informatieproducten/:id/herzieningen")
      .setPath(IdPath)
      .setPayload(NieuweProductherziening)
      .setHeaders(ChangeHeaders)
      .addSuccess(InformatieproductProfiel, { status: 201 })
      .annotate(
        OpenApi.Description,
        "The producer changes the working content of a product not delivered yet; a `vertrouwelijk` one only a person entitled to it",
      ),
  )
  .add(
    HttpApiEndpoint.post("approveSummary", "/informatieproducten/:id/deelbare-samenvattingen")
      .setPath(IdPath)
      .setPayload(NieuweDeelbareSamenvatting)
      .setHeaders(ChangeHeaders)
      .addSuccess(InformatieproductProfiel, { status: 201 })
      .annotate(
        OpenApi.Description,
        "A person of the producer, entitled to the product, approves its shareable summary once it is delivered: what the handover package offers VNON instead of the content; a new one replaces the old one",
      ),
  )
  .add(
    HttpApiEndpoint.post("link", "/informatieproducten/:id/koppelingen")
      .setPath(IdPath)
      .setPayload(NieuweKoppeling)
      .setHeaders(ChangeHeaders)
      .addSuccess(InformatieproductProfiel, { status: 201 }),
  )
  .middleware(Authentication)
  .annotate(
    OpenApi.Description,
    "Network analyses and ondermijningsbeelden that feed the choice of Best Practices; listings never show content",
  )
  .prefix("/v1")
