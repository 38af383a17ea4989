import { HttpApiEndpoint, HttpApiGroup, HttpApiSchema, OpenApi } from "@effect/platform"
import { Handover } from "@weerbaar/core"
import { Schema } from "effect"
import { Authentication } from "../Authentication.js"
import { NieuweOverdracht, Overdracht, Overdrachtsimport } from "../handoverResources.js"
import { CreateHeaders } from "../headers.js"
import { IdPath } from "../paths.js"

/** Handover packages: made for a decided overdracht, downloaded, imported by the network. @category contract */
export const OverdrachtenGroup = HttpApiGroup.make("overdrachten")
  .add(
    HttpApiEndpoint.post("create", "/overdrachten")
      .setPayload(NieuweOverdracht)
      .setHeaders(CreateHeaders)
      .addSuccess(Overdracht, { status: 201 }),
  )
  .add(HttpApiEndpoint.get("get", "/overdrachten/:id").setPath(IdPath).addSuccess(Overdracht))
  .add(
    HttpApiEndpoint.get("package", "/overdrachten/:id/pakket")
      .setPath(IdPath)
      .addSuccess(Handover.HandoverPackage)
      .annotate(OpenApi.Description, "The self-contained, versioned package as JSON: import it elsewhere as it is"),
  )
  .add(
    HttpApiEndpoint.get("readable", "/overdrachten/:id/leesversie")
      .setPath(IdPath)
      .addSuccess(HttpApiSchema.Text({ contentType: "text/markdown" }))
      .annotate(OpenApi.Description, "The package as a Markdown document in Dutch, for people"),
  )
  .add(
    HttpApiEndpoint.post("import", "/overdrachten/importen")
      .setPayload(Schema.Unknown.annotations({ identifier: "Overdrachtspakket", description: "A handover package" }))
      .setHeaders(CreateHeaders)
      .addSuccess(Overdrachtsimport, { status: 201 })
      .annotate(
        OpenApi.Description,
        "Verifies a package (format, version, schema, SHA-256 digest) and imports it; a package that is not accepted is a 400 naming why, and nothing is imported",
      ),
  )
  .middleware(Authentication)
  .annotate(OpenApi.Description, "Handover packages of Best Practices to the network")
  .prefix("/v1")
