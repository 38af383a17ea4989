import { HttpApiEndpoint, HttpApiGroup, OpenApi } from "@effect/platform"
import { Governance, Practice } from "@weerbaar/core"
import { Schema } from "effect"
import { Authentication } from "../Authentication.js"
import { ChangeHeaders, CreateHeaders } from "../headers.js"
import { IdPath } from "../paths.js"
import {
  BestPractice,
  BestPracticeSamenvatting,
  Documentatie,
  NieuweBestPractice,
  NieuweEvaluatie,
  NieuweBestPracticeKoppeling,
  NieuwePilotgemeente,
  NieuweReden,
} from "../practiceResources.js"
import { Datum, Pagina, paging } from "../resources.js"
import { NieuweNetwerkafspraak } from "../networkAgreementResources.js"
import { NieuweHerziening } from "../revisionResources.js"

// The day a pilot or the execution started, when it is recorded later (default today).
const StartDate = Schema.Struct({
  datum: Schema.optional(Datum),
}).annotations({ parseOptions: { errors: "all" } })

const change = <const Name extends string, const Path extends `/${string}`>(name: Name, path: Path) =>
  HttpApiEndpoint.post(name, path).setPath(IdPath).setHeaders(ChangeHeaders).addSuccess(BestPractice, { status: 201 })

/** The Best Practice catalogue and each practice's lifecycle. @category contract */
export const BestPracticesGroup = HttpApiGroup.make("bestPractices")
  .add(
    HttpApiEndpoint.get("list", "/best-practices")
      .setUrlParams(
        Schema.Struct({
          thema: Schema.optional(Governance.Theme),
          status: Schema.optional(Practice.PracticeStatus),
          ...paging,
        }).annotations({ parseOptions: { errors: "all" } }),
      )
      .addSuccess(Pagina(BestPracticeSamenvatting, "PaginaBestPractices")),
  )
  .add(
    HttpApiEndpoint.post("register", "/best-practices")
      .setPayload(NieuweBestPractice)
      .setHeaders(CreateHeaders)
      .addSuccess(BestPractice, { status: 201 }),
  )
  .add(
    HttpApiEndpoint.post("registerNetworkAgreement", "/netwerkafspraken")
      .setPayload(NieuweNetwerkafspraak)
      .setHeaders(CreateHeaders)
      .addSuccess(BestPractice, { status: 201 }),
  )
  .add(HttpApiEndpoint.get("get", "/best-practices/:id").setPath(IdPath).addSuccess(BestPractice))
  .add(
    HttpApiEndpoint.put("document", "/best-practices/:id/documentatie")
      .setPath(IdPath)
      .setPayload(Documentatie)
      .setHeaders(ChangeHeaders)
      .addSuccess(BestPractice),
  )
  .add(change("evaluate", "/best-practices/:id/evaluaties").setPayload(NieuweEvaluatie))
  .add(change("designatePilotMunicipality", "/best-practices/:id/pilotgemeenten").setPayload(NieuwePilotgemeente))
  .add(change("startPilot", "/best-practices/:id/pilots").setUrlParams(StartDate))
  .add(change("startExecution", "/best-practices/:id/uitvoeringen").setUrlParams(StartDate))
  .add(change("reject", "/best-practices/:id/afwijzingen").setPayload(NieuweReden))
  .add(change("stop", "/best-practices/:id/stopzettingen").setPayload(NieuweReden))
  .add(change("link", "/best-practices/:id/koppelingen").setPayload(NieuweBestPracticeKoppeling))
  .add(change("revise", "/best-practices/:id/herzieningen").setPayload(NieuweHerziening))
  .middleware(Authentication)
  .annotate(
    OpenApi.Description,
    "Best Practices: inventoried by an expert group, piloted in the municipalities the Stuurgroep designates, evaluated, proposed and accorded on the beleidsvoorstel route, executed, handed over; and the network's agreements the DVO takes note of, which the municipalities execute beside them",
  )
  .prefix("/v1")
