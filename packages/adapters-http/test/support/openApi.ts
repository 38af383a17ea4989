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
  /** What is wrong with a response according to the document: nothing when it tells the truth. */
  const problemsOf = (method: string, path: string, reply: Reply): ReadonlyArray<string> => {
    const found = operationOf(method, path)
    if (found === undefined) return [`${method} ${path} is not in the document`]
    const response = found.operation.responses?.[String(reply.status)]
    const name = `${method} ${found.template} ${reply.status}`
    if (response === undefined) return [`${name}: status not documented`]
    const problems: Array<string> = []
    for (const header of Object.keys(response.headers ?? {})) {
      if (!reply.headers.has(header)) problems.push(`${name}: documented header ${header} not sent`)
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
    const validate = validatorOf(schema)
    if (!validate(reply.body)) problems.push(`${name}: ${ajv.errorsText(validate.errors)}`)
    return problems
  }
  return { operations, compileAll, operationOf, problemsOf }
}

/** A checker of the document a server serves. */
export type OpenApiChecker = ReturnType<typeof openApiChecker>
