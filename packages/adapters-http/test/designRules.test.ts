import { execFileSync } from "node:child_process"
import { writeFileSync } from "node:fs"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { type RunningServer, startServer } from "./support/server.js"

const root = fileURLToPath(new URL("../../..", import.meta.url))
const ruleset = join(root, "standards", "nl-api-design-rules.spectral.yaml")

let server: RunningServer
beforeAll(async () => {
  server = await startServer({
    contact: { name: "Programmabureau", email: "programmabureau@vggm.nl", url: "https://www.vggm.nl" },
  })
})
afterAll(() => server?.close())

describe("the Dutch API Design Rules", () => {
  it("the served OpenAPI document passes the government's linter with zero errors", async () => {
    const response = await fetch(`${server.baseUrl}/v1/openapi.json`)
    expect(response.status).toBe(200)
    const spec: any = await response.json()
    expect(spec.info.contact).toEqual({
      name: "Programmabureau",
      email: "programmabureau@vggm.nl",
      url: "https://www.vggm.nl",
    })
    const file = join(server.folder, "openapi.json")
    writeFileSync(file, JSON.stringify(spec))
    const output = execFileSync(
      process.execPath,
      [
        join(root, "node_modules/@stoplight/spectral-cli/dist/index.js"),
        "lint",
        "-r",
        ruleset,
        "-f",
        "json",
        "--quiet",
        file,
      ],
      { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] },
    ).trim()
    const results: Array<{ severity: number; code: string; message: string; path: ReadonlyArray<string> }> =
      output === "" ? [] : JSON.parse(output)
    expect(results.filter((r) => r.severity === 0)).toEqual([])
  }, 120_000)

  it("the OpenAPI document is served without authentication and open to every origin", async () => {
    const response = await fetch(`${server.baseUrl}/v1/openapi.json`, { headers: { origin: "https://elders.example" } })
    expect(response.status).toBe(200)
    expect(response.headers.get("access-control-allow-origin")).toBe("*")
    const preflight = await fetch(`${server.baseUrl}/v1/openapi.json`, {
      method: "OPTIONS",
      headers: { origin: "https://elders.example", "access-control-request-method": "GET" },
    })
    expect(preflight.status).toBe(204)
    expect(preflight.headers.get("access-control-allow-origin")).toBe("*")
    const api = await fetch(`${server.baseUrl}/v1/organen`, { headers: { origin: "https://elders.example" } })
    expect(api.headers.get("access-control-allow-origin")).toBeNull()
  })

  it("Swagger UI is served from the bundled assets, without requests elsewhere", async () => {
    const response = await fetch(`${server.baseUrl}/v1/docs`)
    expect(response.status).toBe(200)
    const html = await response.text()
    expect(html).toContain("SwaggerUIBundle")
    expect(html).not.toMatch(/<script[^>]+src=["']https?:/)
    expect(html).not.toMatch(/<link[^>]+href=["']https?:/)
  })

  it("paths carry no trailing slash and a trailing slash is not redirected", async () => {
    const spec: any = await (await fetch(`${server.baseUrl}/v1/openapi.json`)).json()
    expect(Object.keys(spec.paths).filter((p) => p.length > 1 && p.endsWith("/"))).toEqual([])
    const response = await fetch(`${server.baseUrl}/v1/organen/`, { redirect: "manual" })
    expect(response.status).toBe(404)
  })
})
