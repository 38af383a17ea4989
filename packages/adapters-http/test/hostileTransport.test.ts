import { request as httpRequest } from "node:http"
import { connect } from "node:net"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { checkedFetch, expectDocumented, nieuwVoorstel } from "./support/http.js"
import { type RunningServer, startServer } from "./support/server.js"

// Every request here must be answered; a client that gives up after this long turns a hang into a failure.
const patience = 5_000
const mib = 1024 * 1024

let server: RunningServer
let slowServer: RunningServer
beforeAll(async () => {
  server = await startServer()
  slowServer = await startServer({ headersTimeout: 300, requestTimeout: 300 })
})
afterAll(async () => {
  await server?.close()
  await slowServer?.close()
})

interface RawReply {
  readonly status: number
  readonly headers: Record<string, string | string[] | undefined>
  readonly body: any
}

const parse = (text: string) => (text === "" ? undefined : JSON.parse(text))

/** Sends a request through node:http, the body in chunks (chunked unless a length is given), and reads the answer. */
const send = (
  base: RunningServer,
  options: { method: string; path: string; headers?: Record<string, string>; chunks?: ReadonlyArray<Buffer> },
): Promise<RawReply> =>
  new Promise((resolve, reject) => {
    const url = new URL(options.path, base.baseUrl)
    const req = httpRequest(
      url,
      {
        method: options.method,
        headers: { authorization: `Bearer ${base.tokens["lid-eg-oc-rheden"]}`, ...options.headers },
        timeout: patience,
      },
      (res) => {
        const parts: Array<Buffer> = []
        res.on("data", (part: Buffer) => parts.push(part))
        res.on("end", () => {
          const reply = { status: res.statusCode!, headers: res.headers, body: parse(Buffer.concat(parts).toString()) }
          const headers = new Headers(Object.entries(res.headers).map(([k, v]) => [k, String(v)]))
          expectDocumented(base, options.method, options.path, { ...reply, headers }).then(() => resolve(reply), reject)
        })
      },
    )
    req.on("timeout", () => req.destroy(new Error("no answer: the server left the request hanging")))
    // The server may close once it has answered; a write into the closed connection is no failure.
    req.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code !== "EPIPE" && error.code !== "ECONNRESET") reject(error)
    })
    const write = (i: number): void => {
      if (i === (options.chunks ?? []).length) {
        req.end()
        return
      }
      if (req.destroyed) return
      req.write(options.chunks![i], () => write(i + 1))
    }
    write(0)
  })

/** Sends raw bytes over a socket and reads everything the server answers until it closes. */
const sendRaw = (base: RunningServer, bytes: string): Promise<string> =>
  new Promise((resolve, reject) => {
    const { port } = new URL(base.baseUrl)
    const socket = connect(Number(port), "127.0.0.1", () => socket.write(bytes))
    let answer = ""
    socket.setTimeout(patience, () => socket.destroy(new Error("no answer: the server left the request hanging")))
    socket.on("data", (part) => {
      answer += part.toString()
    })
    socket.on("end", () => resolve(answer))
    socket.on("error", reject)
  })

/** Holds a raw answer to the document, as `call` does every other: the request line names the operation. */
const expectRawDocumented = (base: RunningServer, bytes: string, answer: string) => {
  const [method, path] = bytes.split(" ")
  const [head = "", body = ""] = answer.split("\r\n\r\n")
  const [statusLine = "", ...lines] = head.split("\r\n")
  const headers = new Headers(
    lines.map((line) => [line.slice(0, line.indexOf(":")), line.slice(line.indexOf(":") + 1).trim()]),
  )
  return expectDocumented(base, method!, path!, {
    status: Number(statusLine.split(" ")[1]),
    headers,
    body: parse(body),
  })
}

const expectProblem = (reply: { status: number; headers: { get?: unknown } | object; body: any }, status: number) => {
  expect(reply.status).toBe(status)
  expect(reply.body).toMatchObject({ status, type: expect.stringMatching(/^urn:weerbaar:problem:/) })
}

describe("every request gets an answer", () => {
  const hangingTypes = [
    "application/merge-patch+json",
    "application/vnd.api+json",
    "application/problem+json",
    "application/json-patch+json",
    "text/plain",
    "application/octet-stream",
  ]

  for (const contentType of hangingTypes) {
    for (const [method, path] of [
      ["POST", "/v1/voorstellen"],
      ["PUT", "/v1/voorstellen/bv-bestaat-niet"],
    ] as const) {
      it(`${method} with ${contentType} is 415, stores nothing`, async () => {
        const before = await server.lastPosition()
        const response = await checkedFetch(server)(`${server.baseUrl}${path}`, {
          method,
          headers: { authorization: `Bearer ${server.tokens["lid-eg-oc-rheden"]}`, "content-type": contentType },
          body: JSON.stringify(nieuwVoorstel),
          signal: AbortSignal.timeout(1_000),
        })
        expect(response.status).toBe(415)
        expect(response.headers.get("content-type")).toBe("application/problem+json")
        expect(await response.json()).toMatchObject({
          status: 415,
          type: "urn:weerbaar:problem:mediatype-niet-ondersteund",
        })
        expect(await server.lastPosition()).toBe(before)
      })
    }
  }

  it("a method no path takes (PATCH) with such a type is 405 at once, not a wait for its body", async () => {
    for (const contentType of hangingTypes) {
      const response = await checkedFetch(server)(`${server.baseUrl}/v1/voorstellen`, {
        method: "PATCH",
        headers: { authorization: `Bearer ${server.tokens["lid-eg-oc-rheden"]}`, "content-type": contentType },
        body: JSON.stringify(nieuwVoorstel),
        signal: AbortSignal.timeout(patience),
      })
      expect([contentType, response.status]).toEqual([contentType, 405])
    }
  })

  it("an empty body of such a type is 415 too, not a wait for bytes that never come", async () => {
    for (const contentType of hangingTypes) {
      const response = await checkedFetch(server)(`${server.baseUrl}/v1/best-practices`, {
        method: "POST",
        headers: { authorization: `Bearer ${server.tokens["secretaris-dvo"]}`, "content-type": contentType },
        body: "",
        signal: AbortSignal.timeout(patience),
      })
      expect(response.status, contentType).toBe(415)
    }
  })

  it("application/json with a charset is taken", async () => {
    const response = await checkedFetch(server)(`${server.baseUrl}/v1/voorstellen`, {
      method: "POST",
      headers: {
        authorization: `Bearer ${server.tokens["lid-eg-oc-rheden"]}`,
        "content-type": "Application/JSON; charset=utf-8",
        "idempotency-key": crypto.randomUUID(),
      },
      body: JSON.stringify(nieuwVoorstel),
      signal: AbortSignal.timeout(patience),
    })
    expect(response.status).not.toBe(415)
    expect(response.status).toBeLessThan(500)
  })

  it("an 11 MiB body with its length announced is 413 before it is read", async () => {
    const before = await server.lastPosition()
    const body = Buffer.alloc(11 * mib, 0x20)
    const reply = await send(server, {
      method: "POST",
      path: "/v1/voorstellen",
      headers: { "content-type": "application/json", "content-length": String(body.length) },
      chunks: [body.subarray(0, mib), body.subarray(mib)],
    })
    expectProblem(reply, 413)
    expect(reply.body.type).toBe("urn:weerbaar:problem:body-te-groot")
    expect(reply.headers["content-type"]).toBe("application/problem+json")
    expect(await server.lastPosition()).toBe(before)
  })

  it("a chunked body that grows past the limit is 413", async () => {
    const before = await server.lastPosition()
    const chunk = Buffer.alloc(256 * 1024, 0x20)
    const reply = await send(server, {
      method: "POST",
      path: "/v1/voorstellen",
      headers: { "content-type": "application/json" },
      chunks: Array.from({ length: 44 }, () => chunk),
    })
    expectProblem(reply, 413)
    expect(await server.lastPosition()).toBe(before)
  })

  it("100,000 levels of arrays or objects are 400 naming the limit", async () => {
    const before = await server.lastPosition()
    const depth = 100_000
    for (const body of [
      "[".repeat(depth) + "]".repeat(depth),
      JSON.stringify({ ...nieuwVoorstel, aanwezig: "__" }).replace(
        '"__"',
        '{"a":'.repeat(depth) + "1" + "}".repeat(depth),
      ),
    ]) {
      const reply = await send(server, {
        method: "POST",
        path: "/v1/voorstellen",
        headers: { "content-type": "application/json" },
        chunks: [Buffer.from(body)],
      })
      expectProblem(reply, 400)
      expect(reply.body.invalidParams).toEqual([expect.objectContaining({ name: "body", code: "too-deep" })])
      expect(reply.body.detail).toContain("32")
    }
    expect(await server.lastPosition()).toBe(before)
  })

  it("nesting within the limit is decoded as usual; brackets in strings do not count", async () => {
    const reply = await send(server, {
      method: "POST",
      path: "/v1/voorstellen",
      headers: { "content-type": "application/json", "idempotency-key": crypto.randomUUID() },
      chunks: [Buffer.from(JSON.stringify({ ...nieuwVoorstel, omschrijving: "[[[[{{{{".repeat(20) }))],
    })
    expect(reply.status).toBe(201)
  })

  it("a body that stalls is 408, and stores nothing", async () => {
    const before = await slowServer.lastPosition()
    const request = `POST /v1/voorstellen HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer ${slowServer.tokens["lid-eg-oc-rheden"]}\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"titel":`
    const answer = await sendRaw(slowServer, request)
    await expectRawDocumented(slowServer, request, answer)
    expect(answer).toMatch(/^HTTP\/1\.1 408 /)
    expect(answer).toMatch(/content-type: application\/problem\+json/i)
    expect(JSON.parse(answer.slice(answer.indexOf("\r\n\r\n") + 4))).toMatchObject({
      status: 408,
      type: "urn:weerbaar:problem:verzoek-te-traag",
    })
    expect(await slowServer.lastPosition()).toBe(before)
  })

  it("headers that stall are 408", async () => {
    const request = "GET /v1/organen HTTP/1.1\r\nHost: 127.0.0.1\r\n"
    const answer = await sendRaw(slowServer, request)
    await expectRawDocumented(slowServer, request, answer)
    expect(answer).toMatch(/^HTTP\/1\.1 408 /)
  })

  it("a wrong method on a known path is 405 with Allow; an unknown path stays 404", async () => {
    const before = await server.lastPosition()
    const wrong = await send(server, { method: "DELETE", path: "/v1/voorstellen" })
    expectProblem(wrong, 405)
    expect(wrong.body.type).toBe("urn:weerbaar:problem:methode-niet-toegestaan")
    expect(String(wrong.headers.allow).split(", ")).toEqual(expect.arrayContaining(["GET", "POST"]))
    const item = await send(server, { method: "PATCH", path: "/v1/voorstellen/bv-bestaat-niet" })
    expectProblem(item, 405)
    expect(String(item.headers.allow)).toContain("GET")
    expectProblem(await send(server, { method: "DELETE", path: "/v1/bestaat-niet" }), 404)
    expect(await server.lastPosition()).toBe(before)
  })

  it("a 401 carries the bearer challenge", async () => {
    const none = await checkedFetch(server)(`${server.baseUrl}/v1/organen`, { signal: AbortSignal.timeout(patience) })
    expect(none.status).toBe(401)
    expect(none.headers.get("www-authenticate")).toBe('Bearer realm="weerbaar"')
    const unknown = await checkedFetch(server)(`${server.baseUrl}/v1/organen`, {
      headers: { authorization: "Bearer wbr.000000000000.niet-echt" },
      signal: AbortSignal.timeout(patience),
    })
    expect(unknown.status).toBe(401)
    expect(unknown.headers.get("www-authenticate")).toMatch(/^Bearer (.+, )?error="invalid_token"/)
  })

  it("the OpenAPI document states the limits, 413 and 408 for bodies, and the 401 challenge", async () => {
    const spec: any = await (await fetch(`${server.baseUrl}/v1/openapi.json`)).json()
    expect(spec["x-transport-limits"]).toEqual({
      maxBodyBytes: mib,
      maxJsonDepth: 32,
      headersTimeoutMs: 10_000,
      requestTimeoutMs: 30_000,
      keepAliveTimeoutMs: 5_000,
    })
    const create = spec.paths["/voorstellen"].post
    expect(Object.keys(create.responses)).toEqual(expect.arrayContaining(["401", "408", "413", "415"]))
    expect(create.requestBody.description).toContain(String(mib))
    expect(create.responses["401"].headers["WWW-Authenticate"]).toBeDefined()
    expect(spec.paths["/voorstellen"].get.responses["413"]).toBeUndefined()
  })
})
