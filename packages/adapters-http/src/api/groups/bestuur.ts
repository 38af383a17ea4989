import { HttpApiEndpoint, HttpApiGroup, OpenApi } from "@effect/platform"
import { Kernel } from "@weerbaar/core"
import { Schema } from "effect"
import { Authentication } from "../Authentication.js"
import { IdPath } from "../paths.js"
import { Bestuursmodelversie, NieuweBestuursmodelversie } from "../modelVersions.js"
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
  .add(HttpApiEndpoint.get("versies", "/bestuursmodel/versies").addSuccess(Schema.Array(Bestuursmodelversie)))
  .add(HttpApiEndpoint.get("versie", "/bestuursmodel/versies/:id").setPath(IdPath).addSuccess(Bestuursmodelversie))
  .add(
    HttpApiEndpoint.post("nieuweVersie", "/bestuursmodel/versies")
      .setPayload(NieuweBestuursmodelversie)
      .addSuccess(Bestuursmodelversie, { status: 201 }),
  )
  .middleware(Authentication)
  .annotate(
    OpenApi.Description,
    "Bodies and their members on a reference date, municipalities, the budget, and the versions of the rule book: a change of structure comes into force only by the DVO's decision on a programme plan or adjustment",
  )
  .prefix("/v1")
