import { Governance } from "@weerbaar/core"
import { FastCheck as fc } from "effect"

/** A JSON Schema as the served OpenAPI document writes it (the parts the generator reads). */
interface JsonSchema {
  readonly $ref?: string
  readonly type?: string
  readonly enum?: ReadonlyArray<unknown>
  readonly const?: unknown
  readonly anyOf?: ReadonlyArray<JsonSchema>
  readonly oneOf?: ReadonlyArray<JsonSchema>
  readonly allOf?: ReadonlyArray<JsonSchema>
  readonly properties?: Record<string, JsonSchema>
  readonly required?: ReadonlyArray<string>
  readonly items?: JsonSchema
  readonly format?: string
}

interface Operation {
  readonly parameters?: ReadonlyArray<{ readonly in: string; readonly name: string }>
  readonly requestBody?: { readonly content?: Record<string, { readonly schema?: JsonSchema }> }
}

/** The served OpenAPI document, as far as the generator reads it. */
export interface OpenApiDocument {
  readonly paths: Record<string, Record<string, Operation>>
  readonly components: { readonly schemas: Record<string, JsonSchema> }
}

/**
 * A generated request. Ids, ETags and idempotency keys are picked when the request is sent (`pick`
 * indexes into what earlier answers gave), so a sequence reaches resources that exist.
 */
export interface FuzzRequest {
  readonly method: string
  readonly template: string
  readonly path: ReadonlyArray<{ readonly name: string; readonly value: Pick }>
  readonly query: ReadonlyArray<readonly [string, string]>
  readonly person: number | "none" | "forged"
  readonly contentType: string | undefined
  readonly ifMatch: "none" | "current" | "stale" | string
  readonly idempotencyKey: "none" | "fresh" | "reused" | string
  readonly body: string | undefined
}

/** A path parameter: a known id (by index, at send time) or a literal. */
export type Pick = { readonly known: number } | { readonly literal: string }

const model = Governance.samenWeerbaar()
/** Words the model knows: bodies, persons, organisations, themes. Valid values land on real rules. */
const domainWords = [
  ...model.bodies.map((b) => b.id),
  ...model.persons.map((p) => p.id),
  ...model.organisations.map((o) => o.id),
  ...model.bodies.flatMap((b) => (b.theme === undefined ? [] : [b.theme])),
  "projectleiding",
  "2016-06-01",
  "2016-02-15",
] as ReadonlyArray<string>

/** Text that has broken a server somewhere: lone surrogates, control characters, paths, huge. */
const hostileText = fc.oneof(
  fc.constantFrom(
    "\ud800",
    "a\udfffb",
    "\u0000",
    "../../etc/passwd",
    "%2e%2e%2f",
    "'; DROP TABLE events; --",
    "<script>alert(1)</script>",
    "0x10",
    "1e2",
    "-1",
    " ",
    "",
  ),
  fc.integer({ min: 1, max: 200_000 }).map((n) => "x".repeat(n)),
  fc.string({ unit: "binary", maxLength: 40 }),
)

const hostileNumber = fc.constantFrom(2 ** 52, 2 ** 52 + 2, 2 ** 53 + 1, Number.MAX_SAFE_INTEGER, -1, 0, 1.5, 1e308, -0)

const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  hostileText,
  hostileNumber,
  fc.constantFrom(null, true, [], {}, { begrooting: [] }),
  fc.jsonValue({ maxDepth: 3 }),
)

const resolve = (doc: OpenApiDocument, schema: JsonSchema): JsonSchema =>
  schema.$ref === undefined ? schema : resolve(doc, doc.components.schemas[schema.$ref.split("/").pop()!] ?? {})

/** Values of a schema: mostly what it asks for (so requests reach the rules), sometimes hostile. */
const schemaValue = (doc: OpenApiDocument, raw: JsonSchema, depth: number): fc.Arbitrary<unknown> => {
  const schema = resolve(doc, raw)
  const valid = validOf(doc, schema, depth)
  return fc.oneof({ arbitrary: valid, weight: 8 }, { arbitrary: hostileValue, weight: 1 })
}

const validOf = (doc: OpenApiDocument, schema: JsonSchema, depth: number): fc.Arbitrary<unknown> => {
  if (schema.enum !== undefined) return fc.constantFrom(...schema.enum)
  if (schema.const !== undefined) return fc.constant(schema.const)
  const alternatives = schema.anyOf ?? schema.oneOf
  if (alternatives !== undefined && alternatives.length > 0)
    return fc.oneof(...alternatives.map((s) => schemaValue(doc, s, depth)))
  if (schema.allOf !== undefined && schema.allOf.length > 0) return schemaValue(doc, schema.allOf[0]!, depth)
  switch (schema.type) {
    case "object": {
      const properties = Object.entries(schema.properties ?? {})
      if (depth > 4) return fc.constant({})
      const required = new Set(schema.required ?? [])
      return fc
        .tuple(
          fc.record(Object.fromEntries(properties.map(([name, s]) => [name, schemaValue(doc, s, depth + 1)])), {
            requiredKeys: properties.filter(([name]) => required.has(name)).map(([name]) => name),
          }),
          fc.option(fc.tuple(fc.constantFrom("begrooting", "__proto__", "extra"), hostileValue), { freq: 10 }),
        )
        .map(([record, extra]) => (extra === null ? record : { ...record, [extra[0]]: extra[1] }))
    }
    case "array":
      return depth > 4 ? fc.constant([]) : fc.array(schemaValue(doc, schema.items ?? {}, depth + 1), { maxLength: 4 })
    case "integer":
      return fc.oneof(fc.integer({ min: 0, max: 2_000_000 }), fc.integer({ min: 2010, max: 2030 }))
    case "number":
      return fc.double({ noNaN: true, min: -1e6, max: 1e6 })
    case "boolean":
      return fc.boolean()
    case "string":
      return fc.oneof(fc.constantFrom(...domainWords), fc.string({ maxLength: 12 }))
    default:
      return hostileValue
  }
}

/** A body as text: JSON of a schema's value, or text no JSON parser should take quietly. */
const bodyOf = (doc: OpenApiDocument, schema: JsonSchema | undefined): fc.Arbitrary<string | undefined> => {
  const broken = fc.oneof(
    fc.constantFrom("", "{", "[", "null", '{"titel": ', '"\\ud800"', "{}"),
    fc.integer({ min: 2, max: 120_000 }).map((n) => `${"[".repeat(n)}${"]".repeat(n)}`),
    fc.integer({ min: 2, max: 120_000 }).map((n) => `${'{"a":'.repeat(n)}1${"}".repeat(n)}`),
    fc.string({ maxLength: 30 }),
  )
  if (schema === undefined)
    return fc.oneof({ arbitrary: fc.constant(undefined), weight: 6 }, { arbitrary: broken, weight: 1 })
  return fc.oneof(
    { arbitrary: schemaValue(doc, schema, 0).map((v) => JSON.stringify(v) ?? "null"), weight: 8 },
    { arbitrary: broken, weight: 1 },
  )
}

const queryValue = fc.oneof(
  fc.integer({ min: -2, max: 600 }).map(String),
  fc.constantFrom(...domainWords),
  hostileText.filter((s) => s.length < 2_000),
)

const methods = ["get", "post", "put", "patch", "delete"] as const

/** Requests to every operation of the document, and to some that do not exist. */
export const requestArbitrary = (doc: OpenApiDocument, people: number): fc.Arbitrary<FuzzRequest> => {
  const operations = Object.entries(doc.paths).flatMap(([template, byMethod]) =>
    Object.entries(byMethod)
      .filter(([method]) => (methods as ReadonlyArray<string>).includes(method))
      .map(([method, operation]) => ({ template, method, operation })),
  )
  const perOperation = operations.map(({ template, method, operation }) => {
    const parameters = operation.parameters ?? []
    const pathNames = parameters.filter((p) => p.in === "path").map((p) => p.name)
    const queryNames = parameters.filter((p) => p.in === "query").map((p) => p.name)
    const schema = Object.values(operation.requestBody?.content ?? {})[0]?.schema
    return fc.record({
      // A wrong method now and then: the server must say so, not 404 or hang.
      method: fc.oneof(
        { arbitrary: fc.constant(method.toUpperCase()), weight: 9 },
        { arbitrary: fc.constantFrom("GET", "POST", "PUT", "DELETE", "PATCH"), weight: 1 },
      ),
      template: fc.constant(template),
      path: fc.tuple(
        ...pathNames.map((name) =>
          fc
            .oneof(
              { arbitrary: fc.nat().map((known): Pick => ({ known })), weight: 4 },
              {
                arbitrary: fc.oneof(fc.constantFrom(...domainWords), hostileText).map((literal): Pick => ({ literal })),
                weight: 1,
              },
            )
            .map((value) => ({ name, value })),
        ),
      ),
      query: fc
        .subarray(queryNames)
        .chain((names) => fc.tuple(...names.map((n) => queryValue.map((v) => [n, v] as const)))),
      person: fc.oneof(
        { arbitrary: fc.nat({ max: people - 1 }), weight: 12 },
        { arbitrary: fc.constantFrom("none" as const, "forged" as const), weight: 1 },
      ),
      contentType: fc.oneof(
        { arbitrary: fc.constant("application/json"), weight: 12 },
        {
          arbitrary: fc.constantFrom(
            undefined,
            "application/merge-patch+json",
            "application/problem+json",
            "application/vnd.api+json",
            "text/plain",
            "application/json; charset=latin1",
          ),
          weight: 1,
        },
      ),
      ifMatch: fc.oneof(
        { arbitrary: fc.constantFrom("current" as const), weight: 6 },
        { arbitrary: fc.constantFrom("none" as const, "stale" as const, '"x"', "*", 'W/"1"', '"1", "2"'), weight: 1 },
      ),
      idempotencyKey: fc.oneof(
        { arbitrary: fc.constantFrom("none" as const, "fresh" as const), weight: 6 },
        { arbitrary: fc.constantFrom("reused" as const, "", "x".repeat(300), "sleutel met spaties"), weight: 1 },
      ),
      body: bodyOf(doc, schema),
    })
  })
  return fc.oneof(...perOperation) as fc.Arbitrary<FuzzRequest>
}
