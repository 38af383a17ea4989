import { HttpApiEndpoint, HttpApiGroup, OpenApi } from "@effect/platform"
import { Authentication } from "../Authentication.js"
import { CreateHeaders } from "../headers.js"
import { NieuweBeeindiging, Programmabeeindiging } from "../programmeEndResources.js"

/** The end of the programme. @category contract */
export const ProgrammaGroup = HttpApiGroup.make("programma")
  .add(
    HttpApiEndpoint.post("end", "/programma/beeindiging")
      .setPayload(NieuweBeeindiging)
      .setHeaders(CreateHeaders)
      .addSuccess(Programmabeeindiging, { status: 201 })
      .annotate(
        OpenApi.Description,
        "The DVO's decision to end the programme; open work is signalled or refused by its rules",
      ),
  )
  .add(HttpApiEndpoint.get("get", "/programma/beeindiging").addSuccess(Programmabeeindiging))
  .middleware(Authentication)
  .annotate(OpenApi.Description, "The programme's end, as the DVO decided it")
  .prefix("/v1")
