import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { type Document, openApiChecker } from "./support/openApi.js"
import { type RunningServer, startServer } from "./support/server.js"

let server: RunningServer
let document: Document
beforeAll(async () => {
  server = await startServer()
  document = (await (await fetch(`${server.baseUrl}/v1/openapi.json`)).json()) as Document
})
afterAll(() => server?.close())

const operations = () =>
  Object.entries<Document>(document.paths).flatMap(([path, item]) =>
    Object.entries<Document>(item).map(([method, operation]) => ({ path, method, operation })),
  )

const headerParameter = (operation: Document, name: string) =>
  (operation.parameters ?? []).find((p: Document) => p.in === "header" && p.name === name)

describe("the served OpenAPI document tells the truth", () => {
  it("every schema in it compiles with ajv's 2020-12 validator in strict mode", () => {
    expect(JSON.stringify(document)).not.toContain("/schemas/unknown")
    expect(openApiChecker(document).compileAll()).toBeGreaterThan(300)
  })

  it("If-Match is required wherever 428 is answered, and 428 is only answered there", () => {
    for (const { path, method, operation } of operations()) {
      const ifMatch = headerParameter(operation, "if-match")
      expect([path, method, ifMatch?.required ?? false]).toEqual([path, method, "428" in operation.responses])
    }
  })

  it("every create declares Location; 422 only where an Idempotency-Key is taken", () => {
    for (const { path, method, operation } of operations()) {
      const creates = method === "post" && headerParameter(operation, "if-match") === undefined
      if (creates) expect([path, operation.responses["201"]?.headers?.Location]).toEqual([path, expect.anything()])
      const key = headerParameter(operation, "idempotency-key")
      expect([path, method, key !== undefined]).toEqual([path, method, "422" in operation.responses])
    }
  })

  it("every string of a request has a maximum length, every query number both bounds", () => {
    const unbounded: Array<string> = []
    const walk = (schema: Document | undefined, where: string, seen: Set<string>): void => {
      if (schema === undefined || typeof schema !== "object") return
      if (typeof schema.$ref === "string" && schema.maxLength === undefined) {
        const name = schema.$ref.replace("#/components/schemas/", "")
        if (!seen.has(name)) walk(document.components.schemas[name], where, new Set([...seen, name]))
      }
      if (schema.type === "string" && schema.maxLength === undefined && schema.enum === undefined) unbounded.push(where)
      for (const [key, member] of Object.entries(schema.properties ?? {}))
        walk(member as Document, `${where}.${key}`, seen)
      for (const option of [...(schema.anyOf ?? []), ...(schema.oneOf ?? []), ...(schema.allOf ?? [])])
        walk(option, where, seen)
      walk(schema.items, `${where}[]`, seen)
    }
    for (const { path, method, operation } of operations()) {
      for (const parameter of operation.parameters ?? []) {
        const schema = parameter.schema
        if (schema.type === "integer") {
          expect([path, parameter.name, typeof schema.minimum, typeof schema.maximum]).toEqual([
            path,
            parameter.name,
            "number",
            "number",
          ])
        } else if (schema.enum === undefined && schema.$ref === undefined) {
          expect([path, parameter.name, typeof schema.maxLength]).toEqual([path, parameter.name, "number"])
        }
      }
      const body = operation.requestBody?.content?.["application/json"]?.schema
      // A handover package and a governance model travel whole, as documents with their own published
      // JSON Schema; the transport's body limit bounds them, not a length per string.
      const wholeDocument = path.startsWith("/overdrachten/importen") || path === "/bestuursmodel/versies"
      if (body !== undefined && !wholeDocument) walk(body, `${method} ${path}`, new Set())
    }
    expect(unbounded).toEqual([])
  })

  it("the checker finds a response that does not fit: an undocumented status, a wrong body", () => {
    const checker = openApiChecker(document)
    const headers = new Headers({ "content-type": "application/json", "api-version": "1.0.0" })
    expect(checker.problemsOf("GET", "/v1/gemeenten", { status: 418, headers, body: [] })).toHaveLength(1)
    expect(checker.problemsOf("GET", "/v1/gemeenten", { status: 200, headers, body: [{ id: 1 }] })).toHaveLength(1)
    expect(checker.problemsOf("GET", "/v1/gemeenten", { status: 200, headers, body: [] })).toEqual([])
  })

  it("a budget line's amount declares its maximum", () => {
    const regel = document.components.schemas.Begrotingsregel
    expect(regel.properties.bedrag.maximum).toBe(100_000_000_000)
    expect(regel.additionalProperties).toBe(false)
  })
})
