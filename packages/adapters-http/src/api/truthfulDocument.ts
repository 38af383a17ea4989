// What the generated OpenAPI document does not say by itself about this server's answers.
import type { Json } from "./conformToApiDesignRules.js"

const isRecord = (u: unknown): u is Json => typeof u === "object" && u !== null && !Array.isArray(u)

const keywordTypes: ReadonlyArray<[string, ReadonlyArray<string>]> = [
  ["string", ["maxLength", "minLength", "pattern", "format"]],
  ["number", ["maximum", "minimum", "exclusiveMaximum", "exclusiveMinimum", "multipleOf"]],
  ["array", ["maxItems", "minItems"]],
]

// effect's JSON Schema of `Schema.Unknown` carries an `$id` strict validators refuse: any value is
// `{}`. A refinement of a named string schema is `$ref` beside `maxLength`; strict validators want
// the type said where the keyword is.
const withoutUnknownIds = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(withoutUnknownIds)
  if (!isRecord(value)) return value
  const out: Json = {}
  const type = keywordTypes.find(([, keywords]) => keywords.some((k) => k in value))?.[0]
  if (value.$ref !== undefined && value.type === undefined && type !== undefined) out.type = type
  for (const [key, member] of Object.entries(value)) {
    if (value.$id === "/schemas/unknown" && (key === "$id" || (key === "title" && member === "unknown"))) continue
    out[key] = withoutUnknownIds(member)
  }
  return out
}

const locationHeader = {
  description: "The URI of the resource created",
  schema: { type: "string", format: "uri-reference" },
}

const headerNames = (operation: Json): ReadonlyArray<string> =>
  (Array.isArray(operation.parameters) ? operation.parameters : [])
    .filter((p): p is Json => isRecord(p) && p.in === "header")
    .map((p) => String(p.name).toLowerCase())

/**
 * Makes the document say what the server does: a 201 of a create (a POST without `If-Match`)
 * declares `Location`; 412 and 428 only where `If-Match` is taken, 422 only where an
 * `Idempotency-Key` is; no `$id: "/schemas/unknown"`.
 * @category contract
 */
export const truthfulDocument = (spec: Json): Json => {
  const paths = isRecord(spec.paths) ? spec.paths : {}
  for (const item of Object.values(paths)) {
    if (!isRecord(item)) continue
    for (const [method, operation] of Object.entries(item)) {
      if (!isRecord(operation) || !isRecord(operation.responses)) continue
      const headers = headerNames(operation)
      const responses = operation.responses
      if (!headers.includes("if-match")) {
        delete responses["412"]
        delete responses["428"]
      }
      if (!headers.includes("idempotency-key")) delete responses["422"]
      const created = responses["201"]
      if (method === "post" && !headers.includes("if-match") && isRecord(created)) {
        created.headers = { ...(isRecord(created.headers) ? created.headers : {}), Location: locationHeader }
      }
    }
  }
  return withoutUnknownIds(spec) as Json
}
