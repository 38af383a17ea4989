import { HttpApi, HttpApiEndpoint, HttpApiGroup, OpenApi } from "@effect/platform"
import { CalendarDate } from "@weerbaar/core"
import { Schema } from "effect"
import { Authentication } from "./Authentication.js"
import { BestPracticesGroup } from "./BestPracticesGroup.js"
import { conformToApiDesignRules } from "./conformToApiDesignRules.js"
import { ChangeHeaders, CreateHeaders } from "./headers.js"
import { InformatieproductenGroup } from "./InformatieproductenGroup.js"
import { MijlpalenGroup } from "./MijlpalenGroup.js"
import { OverdrachtenGroup } from "./OverdrachtenGroup.js"
import { IdPath } from "./paths.js"
import {
  InvalidRequest,
  NotAuthenticated,
  PreconditionFailed,
  PreconditionRequired,
  ResourceNotFound,
  RuleRefusal,
  ServiceUnavailable,
  UnsupportedMediaType,
} from "./Problem.js"
import {
  Begrotingspositie,
  Besluit,
  Gebeurtenis,
  Gemeente,
  HistorieRegel,
  NieuwBesluit,
  NieuweIntrekking,
  NieuweTerugtrekking,
  NieuwStuk,
  Orgaan,
  Pagina,
  paging,
  Stuk,
  StukInhoud,
  StukSamenvatting,
  ToegestaneActie,
} from "./resources.js"
import { RandvoorwaardenGroup } from "./RandvoorwaardenGroup.js"
import { Abonnement, NieuwAbonnement } from "./subscriptions.js"
import { TrajectenGroup } from "./TrajectenGroup.js"

/** The version of the API, sent in the `API-Version` header of every response. @category contract */
export const apiVersion = "1.0.0"

/** The resource names of the kinds of items, in the API's Dutch plural. @category contract */
export const itemResources = {
  opdracht: "opdrachten",
  beleidsvoorstel: "voorstellen",
  programmabijstelling: "bijstellingen",
  voortgangsrapportage: "voortgangsrapportages",
  overdracht: "overdrachtsvoorstellen",
} as const

const itemGroup = <const Name extends string>(name: Name, resource: string, description: string) =>
  HttpApiGroup.make(name)
    .add(
      HttpApiEndpoint.get("list", `/${resource}`)
        .setUrlParams(
          Schema.Struct({
            status: Schema.optional(Schema.String),
            opstellendOrgaan: Schema.optional(Schema.String),
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

/** The approval route of each kind of item as a group of the API. @category contract */
export const VoorstellenGroup = itemGroup(
  "voorstellen",
  itemResources.beleidsvoorstel,
  "Beleidsvoorstellen with their budget: drafted by an expert group, approved by the Stuurgroep, accorded by the DVO",
)
/** @category contract */
export const OpdrachtenGroup = itemGroup(
  "opdrachten",
  itemResources.opdracht,
  "Assignments of the expert groups, approved by the Stuurgroep",
)
/** @category contract */
export const BijstellingenGroup = itemGroup(
  "bijstellingen",
  itemResources.programmabijstelling,
  "Adjustments of the programme plan: proposed by the Stuurgroep, decided by the DVO",
)
/** @category contract */
export const VoortgangsrapportagesGroup = itemGroup(
  "voortgangsrapportages",
  itemResources.voortgangsrapportage,
  "Progress reports of the Stuurgroep, taken note of by the DVO",
)

/** @category contract */
export const OverdrachtsvoorstellenGroup = itemGroup(
  "overdrachtsvoorstellen",
  itemResources.overdracht,
  "Handovers of Best Practices to the network: decided by the Stuurgroep; in the network's store received by its expert group, proposed by the BBG, agreed by the RVO",
)

/** The governance structure: bodies with their members, municipalities. @category contract */
export const BestuurGroup = HttpApiGroup.make("bestuur")
  .add(
    HttpApiEndpoint.get("organen", "/organen")
      .setUrlParams(Schema.Struct({ peildatum: Schema.optional(CalendarDate) }))
      .addSuccess(Schema.Array(Orgaan)),
  )
  .add(
    HttpApiEndpoint.get("orgaan", "/organen/:id")
      .setPath(IdPath)
      .setUrlParams(Schema.Struct({ peildatum: Schema.optional(CalendarDate) }))
      .addSuccess(Orgaan),
  )
  .add(HttpApiEndpoint.get("gemeenten", "/gemeenten").addSuccess(Schema.Array(Gemeente)))
  .add(HttpApiEndpoint.get("begroting", "/begroting").addSuccess(Begrotingspositie))
  .middleware(Authentication)
  .annotate(OpenApi.Description, "Bodies and their members on a reference date, municipalities, the budget")
  .prefix("/v1")

/** The decision register. @category contract */
export const BesluitenGroup = HttpApiGroup.make("besluiten")
  .add(
    HttpApiEndpoint.get("list", "/besluiten")
      .setUrlParams(
        Schema.Struct({
          bestuursorgaan: Schema.optional(Schema.String),
          stuk: Schema.optional(Schema.String),
          ...paging,
        }).annotations({ parseOptions: { errors: "all" } }),
      )
      .addSuccess(Pagina(Besluit, "PaginaBesluiten")),
  )
  .add(HttpApiEndpoint.get("get", "/besluiten/:id").setPath(IdPath).addSuccess(Besluit))
  .middleware(Authentication)
  .annotate(OpenApi.Description, "Every decision of every body, revocations included")
  .prefix("/v1")

/** The event feed for integrators, and notification subscriptions. @category contract */
export const GebeurtenissenGroup = HttpApiGroup.make("gebeurtenissen")
  .add(
    HttpApiEndpoint.get("list", "/gebeurtenissen")
      .setUrlParams(
        Schema.Struct({
          na: Schema.optional(Schema.NumberFromString.pipe(Schema.int(), Schema.nonNegative())),
          limiet: paging.limiet,
        }).annotations({ parseOptions: { errors: "all" } }),
      )
      .addSuccess(Pagina(Gebeurtenis, "PaginaGebeurtenissen")),
  )
  .add(
    HttpApiEndpoint.post("subscribe", "/abonnementen")
      .setPayload(NieuwAbonnement)
      .setHeaders(CreateHeaders)
      .addSuccess(Abonnement, { status: 201 }),
  )
  .add(HttpApiEndpoint.get("subscriptions", "/abonnementen").addSuccess(Schema.Array(Abonnement)))
  .add(HttpApiEndpoint.del("unsubscribe", "/abonnementen/:id").setPath(IdPath).addSuccess(Schema.Void))
  .middleware(Authentication)
  .annotate(
    OpenApi.Description,
    "The event log in order (cursor `na` is the last position read) and notification subscriptions in the style of ZGW Notificaties",
  )
  .prefix("/v1")

/**
 * The weerbaar REST API as one contract: the server implements it, the typed client calls it,
 * and the OpenAPI document is generated from it.
 * @category contract
 */
export class WeerbaarApi extends HttpApi.make("weerbaar")
  .add(BestuurGroup)
  .add(VoorstellenGroup)
  .add(OpdrachtenGroup)
  .add(BijstellingenGroup)
  .add(VoortgangsrapportagesGroup)
  .add(BesluitenGroup)
  .add(BestPracticesGroup)
  .add(TrajectenGroup)
  .add(MijlpalenGroup)
  .add(OverdrachtsvoorstellenGroup)
  .add(OverdrachtenGroup)
  .add(InformatieproductenGroup)
  .add(RandvoorwaardenGroup)
  .add(GebeurtenissenGroup)
  .addError(InvalidRequest)
  .addError(NotAuthenticated)
  .addError(ResourceNotFound)
  .addError(RuleRefusal)
  .addError(PreconditionFailed)
  .addError(PreconditionRequired)
  .addError(UnsupportedMediaType)
  .addError(ServiceUnavailable)
  .annotateContext(
    OpenApi.annotations({
      title: "weerbaar API",
      version: apiVersion,
      description:
        "The rule book of an integral programme against ondermijning over HTTP, following the Dutch API Design Rules. Errors are application/problem+json; a rule refusal is 409 with the violated rules explained in Dutch and English.",
      license: { name: "EUPL-1.2", url: "https://eupl.eu/1.2/nl/" },
      transform: conformToApiDesignRules,
    }),
  ) {}
