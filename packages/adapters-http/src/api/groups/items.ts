import { HttpApiEndpoint, HttpApiGroup, OpenApi } from "@effect/platform"
import { Schema } from "effect"
import { Authentication } from "../Authentication.js"
import { QueryText } from "../requestFields.js"
import { ChangeHeaders, CreateHeaders } from "../headers.js"
import { IdPath } from "../paths.js"
import { NieuwBesluit, NieuweIntrekking, NieuweTerugtrekking } from "../decisionRequests.js"
import {
  HistorieRegel,
  NieuwStuk,
  Pagina,
  paging,
  Stuk,
  StukInhoud,
  StukSamenvatting,
  ToegestaneActie,
} from "../resources.js"

/** The resource names of the kinds of items, in the API's Dutch plural. @category contract */
export const itemResources = {
  opdracht: "opdrachten",
  beleidsvoorstel: "voorstellen",
  programmaplan: "programmaplannen",
  programmabijstelling: "bijstellingen",
  voortgangsrapportage: "voortgangsrapportages",
  overdracht: "overdrachtsvoorstellen",
} as const

// Every kind of item has the same approval route, so the same endpoints under its own resource.
const itemGroup = <const Name extends string>(name: Name, resource: string, description: string) =>
  HttpApiGroup.make(name)
    .add(
      HttpApiEndpoint.get("list", `/${resource}`)
        .setUrlParams(
          Schema.Struct({
            status: Schema.optional(QueryText),
            opstellendOrgaan: Schema.optional(QueryText),
            ...paging,
          }).annotations({ parseOptions: { errors: "all" } }),
        )
        .addSuccess(Pagina(StukSamenvatting, `Pagina${name[0]?.toUpperCase()}${name.slice(1)}`)),
    )
    .add(
      HttpApiEndpoint.post("draft", `/${resource}`)
        .setPayload(NieuwStuk)
        .setHeaders(CreateHeaders)
        .addSuccess(Stuk, { status: 201 }),
    )
    .add(HttpApiEndpoint.get("get", `/${resource}/:id`).setPath(IdPath).addSuccess(Stuk))
    .add(
      HttpApiEndpoint.put("edit", `/${resource}/:id`)
        .setPath(IdPath)
        .setPayload(StukInhoud)
        .setHeaders(ChangeHeaders)
        .addSuccess(Stuk),
    )
    .add(
      HttpApiEndpoint.post("submit", `/${resource}/:id/indieningen`)
        .setPath(IdPath)
        .setHeaders(ChangeHeaders)
        .addSuccess(Stuk, { status: 201 }),
    )
    .add(
      HttpApiEndpoint.post("decide", `/${resource}/:id/besluiten`)
        .setPath(IdPath)
        .setPayload(NieuwBesluit)
        .setHeaders(ChangeHeaders)
        .addSuccess(Stuk, { status: 201 }),
    )
    .add(
      HttpApiEndpoint.post("withdraw", `/${resource}/:id/terugtrekkingen`)
        .setPath(IdPath)
        .setPayload(NieuweTerugtrekking)
        .setHeaders(ChangeHeaders)
        .addSuccess(Stuk, { status: 201 }),
    )
    .add(
      HttpApiEndpoint.post("revoke", `/${resource}/:id/intrekkingen`)
        .setPath(IdPath)
        .setPayload(NieuweIntrekking)
        .setHeaders(ChangeHeaders)
        .addSuccess(Stuk, { status: 201 }),
    )
    .add(
      HttpApiEndpoint.get("allowedActions", `/${resource}/:id/toegestane-acties`)
        .setPath(IdPath)
        .addSuccess(Schema.Array(ToegestaneActie)),
    )
    .add(
      HttpApiEndpoint.get("history", `/${resource}/:id/historie`)
        .setPath(IdPath)
        .addSuccess(Schema.Array(HistorieRegel)),
    )
    .middleware(Authentication)
    .annotate(OpenApi.Description, description)
    .prefix("/v1")

/** Voorstellen: the approval route of policy proposals. @category contract */
export const VoorstellenGroup = itemGroup(
  "voorstellen",
  itemResources.beleidsvoorstel,
  "Beleidsvoorstellen with their budget: drafted by an expert group, approved by the Stuurgroep, accorded by the DVO",
)
/** Opdrachten: the approval route of assignments. @category contract */
export const OpdrachtenGroup = itemGroup(
  "opdrachten",
  itemResources.opdracht,
  "Assignments of the expert groups, approved by the Stuurgroep",
)
/** Programmaplannen: the route of the programme plan, which puts the rule book in force. @category contract */
export const ProgrammaplannenGroup = itemGroup(
  "programmaplannen",
  itemResources.programmaplan,
  "The programme plan with the governance model it proposes: proposed by the Stuurgroep, decided by the DVO; its decision puts that rule book in force",
)
/** Bijstellingen: the approval route of adjustments of the programme plan. @category contract */
export const BijstellingenGroup = itemGroup(
  "bijstellingen",
  itemResources.programmabijstelling,
  "Adjustments of the programme plan: proposed by the Stuurgroep, decided by the DVO",
)
/** Voortgangsrapportages: the route of progress reports. @category contract */
export const VoortgangsrapportagesGroup = itemGroup(
  "voortgangsrapportages",
  itemResources.voortgangsrapportage,
  "Progress reports of the Stuurgroep, taken note of by the DVO",
)
/** Overdrachtsvoorstellen: the route of handovers to the network. @category contract */
export const OverdrachtsvoorstellenGroup = itemGroup(
  "overdrachtsvoorstellen",
  itemResources.overdracht,
  "Handovers of Best Practices to the network: decided by the Stuurgroep; in the network's store received by its expert group, proposed by the BBG, agreed by the RVO",
)
