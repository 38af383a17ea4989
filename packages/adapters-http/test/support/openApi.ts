import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js"
import type { Reply } from "./http.js"

/** The served OpenAPI document, as JSON. */
export type Document = Record<string, any>

const refBase = "https://weerbaar.invalid/openapi.json"

// OpenAPI's own keywords beside JSON Schema, and the formats the document uses.
const formats: Record<string, RegExp> = {
  date: /^\d{4}-\d{2}-\d{2}$/,
  "date-time": /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/,
  uri: /^[a-z][a-z0-9+.-]*:\S*$/i,
  "uri-reference": /^\S*$/,
}

/** A strict 2020-12 validator holding the document's component schemas under one `$id`. */
export const strictAjv = (document: Document): Ajv2020 => {
  const ajv = new Ajv2020({ strict: true, allErrors: true })
  for (const [name, pattern] of Object.entries(formats)) ajv.addFormat(name, pattern)
  ajv.addKeyword("example")
  ajv.addSchema({ $id: refBase, $defs: rebased(document.components?.schemas ?? {}) })
  return ajv
}

// `#/components/schemas/X` becomes an absolute reference into the schema added above.
const rebased = (value: unknown): any =>
  JSON.parse(JSON.stringify(value).replaceAll('"#/components/schemas/', `"${refBase}#/$defs/`))

interface Operation {
  readonly method: string
  readonly template: string
  readonly pattern: RegExp
  readonly operation: Document
}

/**
 * The served document as a checker: every schema in it compiles under ajv strict, and every
 * response is checked against the operation it answers — its status is documented, its media
 * type is the documented one, its body fits the schema, and its documented headers are sent.
 */
export const openApiChecker = (document: Document) => {
  const ajv = strictAjv(document)
  const operations: Array<Operation> = []
  for (const [template, item] of Object.entries<Document>(document.paths)) {
    for (const [method, operation] of Object.entries<Document>(item)) {
      const source = template.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\{\w+\}/g, "[^/]+")
      operations.push({ method: method.toUpperCase(), template, pattern: new RegExp(`^/v1${source}$`), operation })
    }
  }
  // Static paths before those with parameters, as the router prefers them.
  operations.sort((a, b) => a.template.split("{").length - b.template.split("{").length)
  const compiled = new Map<unknown, ValidateFunction>()
  const validatorOf = (schema: unknown): ValidateFunction => {
    let validate = compiled.get(schema)
    if (validate === undefined) {
      validate = ajv.compile(rebased(schema))
      compiled.set(schema, validate)
    }
    return validate
  }
  /** Compiles every parameter, request and response schema of the document; throws on the first error. */
  const compileAll = (): number => {
    let count = 0
    for (const { operation } of operations) {
      const schemas = [
        ...(operation.parameters ?? []).map((p: Document) => p.schema),
        ...Object.values<Document>(operation.requestBody?.content ?? {}).map((c) => c.schema),
        ...Object.values<Document>(operation.responses ?? {}).flatMap((r) => [
          ...Object.values<Document>(r.content ?? {}).map((c) => c.schema),
          ...Object.values<Document>(r.headers ?? {}).map((h) => h.schema),
        ]),
      ]
      for (const schema of schemas.filter((s) => s !== undefined)) {
        validatorOf(schema)
        count++
      }
    }
    return count
  }
  /** The documented operation a request went to: `GET /voorstellen/{id}`. */
  const operationOf = (method: string, path: string): Operation | undefined => {
    const pathname = new URL(path, "http://localhost").pathname
    return operations.find((o) => o.method === method && o.pattern.test(pathname))
  }
  const bodyProblems = (name: string, schema: unknown, body: unknown): ReadonlyArray<string> => {
    const validate = validatorOf(schema)
    return validate(body) ? [] : [`${name}: body does not fit: ${ajv.errorsText(validate.errors)}`]
  }
  /**
   * A request to no documented operation. The document cannot declare a response for a method a
   * path does not take, so it states the 405 once: the `MethodNotAllowed` schema, and the API's
   * description ("a method a path does not take is 405 with Allow"). That answer, with `Allow`
   * naming exactly the path's documented methods, is accepted; a path the document does not have
   * may only be 404 — the document and its rendering (`/v1/openapi.json`, `/v1/docs`) aside.
   */
  const outsideProblems = (method: string, path: string, reply: Reply): ReadonlyArray<string> => {
    const pathname = new URL(path, "http://localhost").pathname
    if (pathname === "/v1/openapi.json" || pathname === "/v1/docs") return []
    const methods = operations.filter((o) => o.pattern.test(pathname)).map((o) => o.method)
    const name = `${method} ${pathname} ${reply.status}`
    if (methods.length === 0) {
      if (reply.status !== 404) return [`${name}: the path is not in the document, yet the answer is no 404`]
      return bodyProblems(name, { $ref: "#/components/schemas/ResourceNotFound" }, reply.body)
    }
    if (reply.status !== 405)
      return [`${name}: the path does not take ${method} (only ${methods.join(", ")}), yet the answer is no 405`]
    const allow = new Set(methods.includes("GET") ? [...methods, "HEAD"] : methods)
    const sent = new Set((reply.headers.get("allow") ?? "").split(",").map((m) => m.trim()))
    const problems = [...bodyProblems(name, { $ref: "#/components/schemas/MethodNotAllowed" }, reply.body)]
    if (sent.size !== allow.size || [...allow].some((m) => !sent.has(m)))
      problems.push(`${name}: Allow is '${reply.headers.get("allow")}', the document has ${[...allow].join(", ")}`)
    return problems
  }
  /** What is wrong with a response according to the document: nothing when it tells the truth. */
  const problemsOf = (method: string, path: string, reply: Reply): ReadonlyArray<string> => {
    const found = operationOf(method, path)
    if (found === undefined) return outsideProblems(method, path, reply)
    const response = found.operation.responses?.[String(reply.status)]
    const name = `${method} ${found.template} ${reply.status}`
    if (response === undefined) return [`${name}: status not documented`]
    const problems: Array<string> = []
    for (const [header, declared] of Object.entries<Document>(response.headers ?? {})) {
      const value = reply.headers.get(header)
      if (value === null) problems.push(`${name}: documented header ${header} not sent`)
      else if (declared.schema !== undefined && !validatorOf(declared.schema)(value))
        problems.push(`${name}: header ${header} '${value}' does not fit its schema`)
    }
    const content = response.content ?? {}
    const mediaType = (reply.headers.get("content-type") ?? "").split(";")[0]!.trim()
    if (Object.keys(content).length === 0) {
      if (reply.body !== undefined) problems.push(`${name}: a body where none is documented`)
      return problems
    }
    if (content[mediaType] === undefined) return [...problems, `${name}: media type ${mediaType} not documented`]
    const schema = content[mediaType].schema
    if (schema === undefined || (mediaType !== "application/json" && !mediaType.endsWith("+json"))) return problems
    return [...problems, ...bodyProblems(name, schema, reply.body)]
  }
  return { operations, compileAll, operationOf, problemsOf }
}

/** A checker of the document a server serves. */
export type OpenApiChecker = ReturnType<typeof openApiChecker>
