import { HttpApiEndpoint, HttpApiGroup, OpenApi } from "@effect/platform"
import { Authentication } from "../Authentication.js"
import { ChangeHeaders, CreateHeaders } from "../headers.js"
import { NieuwAntwoord, NieuweRondesluiting, NieuweSchriftelijkeRonde, NieuwStukbesluit } from "../meetingRequests.js"
import { SchriftelijkeRonde } from "../meetingResources.js"
import { IdPath } from "../paths.js"

const round = <const Name extends string, const Path extends string>(name: Name, path: Path) =>
  HttpApiEndpoint.post(name, `/schriftelijke-rondes/:id/${path}`)
    .setPath(IdPath)
    .setHeaders(ChangeHeaders)
    .addSuccess(SchriftelijkeRonde, { status: 201 })

/** Written rounds of the bodies. @category contract */
export const SchriftelijkeRondesGroup = HttpApiGroup.make("schriftelijkeRondes")
  .add(
    HttpApiEndpoint.post("start", "/schriftelijke-rondes")
      .setPayload(NieuweSchriftelijkeRonde)
      .setHeaders(CreateHeaders)
      .addSuccess(SchriftelijkeRonde, { status: 201 }),
  )
  .add(HttpApiEndpoint.get("get", "/schriftelijke-rondes/:id").setPath(IdPath).addSuccess(SchriftelijkeRonde))
  .add(round("respond", "antwoorden").setPayload(NieuwAntwoord))
  .add(
    round("close", "sluiting")
      .setPayload(NieuweRondesluiting)
      .annotate(OpenApi.Description, "Closes a round not about an item: the body's rule decides"),
  )
  .add(
    HttpApiEndpoint.post("decideItem", "/schriftelijke-rondes/:id/besluit")
      .setPath(IdPath)
      .setPayload(NieuwStukbesluit)
      .setHeaders(CreateHeaders)
      .addSuccess(SchriftelijkeRonde, { status: 201 })
      .annotate(
        OpenApi.Description,
        "The body's decision on the round's item, with the round's record (the answers, and tacit consent where the model allows it); the round closes with it",
      ),
  )
  .middleware(Authentication)
  .annotate(OpenApi.Description, "A body decides between meetings by written round, with a deadline")
  .prefix("/v1")
