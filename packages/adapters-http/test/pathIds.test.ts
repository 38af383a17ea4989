import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { call } from "./support/http.js"
import { type RunningServer, startServer } from "./support/server.js"

let server: RunningServer
beforeAll(async () => {
  server = await startServer()
})
afterAll(() => server?.close())

describe("ids in paths", () => {
  it("an id with characters no id has is a 400 naming the path parameter, on every kind of resource", async () => {
    for (const path of [
      "/v1/voorstellen/%C3%A9",
      "/v1/bijstellingen/%F4%8F%BF%B5",
      "/v1/best-practices/..%2F..",
      "/v1/mijlpalen/A",
      "/v1/informatieproducten/%00",
      "/v1/trajecten/bp/%E2%82%AC",
    ]) {
      const reply = await call(server, "secretaris-dvo", "GET", path)
      expect(reply.status, path).toBe(400)
      expect(reply.headers.get("content-type")).toMatch(/^application\/problem\+json/)
      expect(reply.body.invalidParams[0].name, path).toMatch(/^path\./)
    }
  })

  it("a well-formed id that names nothing is not found", async () => {
    expect((await call(server, "secretaris-dvo", "GET", "/v1/voorstellen/bestaat-niet")).status).toBe(404)
  })
})
