// The OpenAPI document as the Dutch API Design Rules want it: the major version in the server URL,
// an API-Version header on every success, problem+json as the only error content, a contact.
import { truthfulDocument } from "./truthfulDocument.js"

/** A JSON object, as an OpenAPI document is read and written here. @category contract */
export type Json = Record<string, unknown>

const isRecord = (u: unknown): u is Json => typeof u === "object" && u !== null && !Array.isArray(u)

/** The contact in the OpenAPI document; an operator may serve the document with its own. @category contract */
export const defaultContact = {
  name: "weerbaar",
  url: "https://github.com/weerbaar/weerbaar",
  email: "weerbaar@users.noreply.github.com",
}

const apiVersionHeader = {
  description: "The full version of the API (semver)",
  schema: { type: "string", example: "1.0.0" },
}
const etagHeader = { description: "The version of the resource, for If-Match", schema: { type: "string" } }

const problemRef = { $ref: "#/components/schemas/InvalidRequest" }

// The resources that carry an ETag: each is a stream whose version is the ETag.
const versionedSchemas = [
  "Stuk",
  "BestPractice",
  "Traject",
  "Mijlpaal",
  "Informatieproduct",
  "InformatieproductProfiel",
]

/**
 * Rewrites a generated OpenAPI document to follow the API Design Rules: paths without the `/v1`
 * prefix under a server URL `/v1`, `API-Version` (and `ETag` on versioned resources) on every 2xx, only
 * `application/problem+json` on every 4xx and 5xx, and `info.contact`; then what the generated
 * document leaves unsaid: `Location`, the answers each header makes possible, no unknown `$id`s.
 * @category contract
 */
export const conformToApiDesignRules = (spec: Json): Json => {
  const paths: Json = {}
  for (const [path, item] of Object.entries(isRecord(spec.paths) ? spec.paths : {})) {
    paths[path.replace(/^\/v1(?=\/|$)/, "") || "/"] = item
    if (!isRecord(item)) continue
    for (const operation of Object.values(item)) {
      if (!isRecord(operation) || !isRecord(operation.responses)) continue
      for (const [status, response] of Object.entries(operation.responses)) {
        if (!isRecord(response)) continue
        if (/^[23]\d\d$/.test(status)) {
          const content = JSON.stringify(response.content ?? {})
          const refersToItem = versionedSchemas.some((name) => content.includes(`"#/components/schemas/${name}"`))
          response.headers = {
            ...(isRecord(response.headers) ? response.headers : {}),
            "API-Version": apiVersionHeader,
            ...(refersToItem ? { ETag: etagHeader } : {}),
          }
        }
        if (/^[45]\d\d$/.test(status)) {
          const content = isRecord(response.content) ? response.content : {}
          const problem = content["application/problem+json"] ?? { schema: problemRef }
          response.content = { "application/problem+json": problem }
        }
      }
    }
  }
  const info = isRecord(spec.info) ? spec.info : {}
  return truthfulDocument({
    ...spec,
    components: withoutUnusedSchemas(spec.components, paths),
    info: { ...info, contact: isRecord(info.contact) ? info.contact : defaultContact },
    servers: [{ url: "/v1", description: "This server, major version 1" }],
    paths,
  })
}

// The framework's own decode error is never sent (it becomes an InvalidRequest problem): drop its schemas.
const frameworkSchemas = ["HttpApiDecodeError", "Issue", "PropertyKey"]

const withoutUnusedSchemas = (components: unknown, paths: Json): unknown => {
  if (!isRecord(components) || !isRecord(components.schemas)) return components
  const schemas: Json = { ...components.schemas }
  for (const name of frameworkSchemas) {
    const others = JSON.stringify({ paths, schemas: { ...schemas, [name]: undefined } })
    if (!others.includes(`"#/components/schemas/${name}"`)) delete schemas[name]
  }
  return { ...components, schemas }
}
