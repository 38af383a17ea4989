import { HttpApi, OpenApi } from "@effect/platform"
import { conformToApiDesignRules } from "./conformToApiDesignRules.js"
import { BesluitenGroup } from "./groups/besluiten.js"
import { BestPracticesGroup } from "./groups/bestPractices.js"
import { BestuurGroup } from "./groups/bestuur.js"
import { GebeurtenissenGroup } from "./groups/gebeurtenissen.js"
import { InformatieproductenGroup } from "./groups/informatieproducten.js"
import {
  BijstellingenGroup,
  ProgrammaplannenGroup,
  OpdrachtenGroup,
  OverdrachtsvoorstellenGroup,
  VoorstellenGroup,
  VoortgangsrapportagesGroup,
} from "./groups/items.js"
import { MijlpalenGroup } from "./groups/mijlpalen.js"
import { OverdrachtenGroup } from "./groups/overdrachten.js"
import { ProgrammaGroup } from "./groups/programma.js"
import { RandvoorwaardenGroup } from "./groups/randvoorwaarden.js"
import { SamenhangGroup } from "./groups/samenhang.js"
import { SchriftelijkeRondesGroup } from "./groups/schriftelijkeRondes.js"
import { TrajectenGroup } from "./groups/trajecten.js"
import { VergaderingenGroup } from "./groups/vergaderingen.js"
import {
  IdempotencyKeyReused,
  InvalidRequest,
  NotAuthenticated,
  PreconditionFailed,
  PreconditionRequired,
  ResourceNotFound,
  RuleRefusal,
  ServiceUnavailable,
  UnsupportedMediaType,
} from "./Problem.js"

/** The version of the API, sent in the `API-Version` header of every response. @category contract */
export const apiVersion = "1.0.0"

/**
 * The weerbaar REST API as one contract: the server implements it, the typed client calls it,
 * and the OpenAPI document is generated from it.
 * @category contract
 */
export class WeerbaarApi extends HttpApi.make("weerbaar")
  .add(BestuurGroup)
  .add(VoorstellenGroup)
  .add(OpdrachtenGroup)
  .add(ProgrammaplannenGroup)
  .add(BijstellingenGroup)
  .add(VoortgangsrapportagesGroup)
  .add(BesluitenGroup)
  .add(VergaderingenGroup)
  .add(SchriftelijkeRondesGroup)
  .add(BestPracticesGroup)
  .add(TrajectenGroup)
  .add(SamenhangGroup)
  .add(MijlpalenGroup)
  .add(OverdrachtsvoorstellenGroup)
  .add(OverdrachtenGroup)
  .add(ProgrammaGroup)
  .add(InformatieproductenGroup)
  .add(RandvoorwaardenGroup)
  .add(GebeurtenissenGroup)
  .addError(InvalidRequest)
  .addError(NotAuthenticated)
  .addError(ResourceNotFound)
  .addError(RuleRefusal)
  .addError(PreconditionFailed)
  .addError(PreconditionRequired)
  .addError(IdempotencyKeyReused)
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
