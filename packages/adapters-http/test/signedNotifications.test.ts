import * as fs from "node:fs"
import { createServer, type IncomingHttpHeaders, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import * as os from "node:os"
import * as path from "node:path"
import { fileURLToPath, pathToFileURL } from "node:url"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { call, nieuwVoorstel } from "./support/http.js"
import { type RunningServer, startServer } from "./support/server.js"

type Verify = (secret: string, header: string | undefined, rawBody: string, nowSeconds?: number) => boolean

/** The signature recipe exactly as docs/integrating-over-http.md gives it to receivers. */
const documentedRecipe = async (folder: string): Promise<Verify> => {
  const guide = path.join(path.dirname(fileURLToPath(import.meta.url)), "../../../docs/integrating-over-http.md")
  const text = fs.readFileSync(guide, "utf8")
  const snippet = /<!-- signature-recipe[^>]*-->\s*```js\n([\s\S]*?)```/.exec(text)?.[1]
  if (snippet === undefined) throw new Error("the guide has no signature recipe")
  const file = path.join(folder, "recipe.mjs")
  fs.writeFileSync(file, snippet)
  return (await import(pathToFileURL(file).href)).verifyWeerbaarSignature as Verify
}

let server: RunningServer
let receiver: Server
let port = 0
let folder = ""
const received: Array<{ headers: IncomingHttpHeaders; body: string }> = []

beforeAll(async () => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), "weerbaar-recipe-"))
  receiver = createServer((request, response) => {
    let body = ""
    request.setEncoding("utf8")
    request.on("data", (chunk) => {
      body += chunk
    })
    request.on("end", () => {
      received.push({ headers: request.headers, body })
      response.writeHead(204).end()
    })
  })
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve))
  port = (receiver.address() as AddressInfo).port
  server = await startServer({
    allowedCallbackHosts: ["127.0.0.1", "localhost", "10.0.0.1"],
    notifications: { pollInterval: "50 millis", retryDelay: "20 millis" },
  })
})
afterAll(async () => {
  await server?.close()
  await new Promise((resolve) => receiver.close(resolve))
  fs.rmSync(folder, { recursive: true, force: true })
})

const until = async (condition: () => boolean, what: string) => {
  const deadline = Date.now() + 10_000
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
}

describe("signed notifications", () => {
  it("gives the secret once, and every notification verifies with the documented recipe", async () => {
    const created = await call(server, "secretaris-dvo", "POST", "/v1/abonnementen", {
      body: { callbackUrl: `http://127.0.0.1:${port}/weerbaar`, kanalen: ["stukken"] },
    })
    expect(created.status).toBe(201)
    const secret = created.body.geheim as string
    expect(secret).toMatch(/^wbs_[A-Za-z0-9_-]{43}$/)
    const listed = await call(server, "secretaris-dvo", "GET", "/v1/abonnementen")
    expect(JSON.stringify(listed.body)).not.toContain(secret)
    expect(listed.body.find((a: { id: string }) => a.id === created.body.id)).not.toHaveProperty("geheim")

    expect((await call(server, "lid-eg-oc-rheden", "POST", "/v1/voorstellen", { body: nieuwVoorstel })).status).toBe(
      201,
    )
    await until(() => received.length > 0, "the draft's notification")

    const verify = await documentedRecipe(folder)
    const [notification] = received
    const header = notification!.headers["weerbaar-signature"] as string
    expect(header).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/)
    expect(verify(secret, header, notification!.body)).toBe(true)
    expect(JSON.parse(notification!.body)).toMatchObject({ kanaal: "stukken", actie: "ItemDrafted" })
    // Another secret, a changed body, or an old signature do not verify.
    expect(verify(`${secret}x`, header, notification!.body)).toBe(false)
    expect(verify(secret, header, notification!.body.replace("stukken", "besluiten"))).toBe(false)
    expect(verify(secret, header, notification!.body, Date.now() / 1000 + 3600)).toBe(false)
    expect(verify(secret, undefined, notification!.body)).toBe(false)
    expect((await call(server, "secretaris-dvo", "DELETE", `/v1/abonnementen/${created.body.id}`)).status).toBe(204)
  })

  it("requires https, except to a loopback host, and names the field", async () => {
    const stored = await server.lastPosition()
    const refused = await call(server, "secretaris-dvo", "POST", "/v1/abonnementen", {
      body: { callbackUrl: "http://10.0.0.1/hook", kanalen: ["besluiten"] },
    })
    expect(refused.status).toBe(400)
    expect(refused.headers.get("content-type")).toContain("application/problem+json")
    expect(refused.body.invalidParams).toEqual([
      expect.objectContaining({ name: "body.callbackUrl", reason: expect.stringContaining("https") }),
    ])
    expect(await server.lastPosition()).toBe(stored)

    for (const callbackUrl of ["https://10.0.0.1/hook", `http://localhost:${port}/hook`]) {
      const accepted = await call(server, "secretaris-dvo", "POST", "/v1/abonnementen", {
        body: { callbackUrl, kanalen: ["besluiten"] },
      })
      expect(accepted.status, callbackUrl).toBe(201)
      await call(server, "secretaris-dvo", "DELETE", `/v1/abonnementen/${accepted.body.id}`)
    }
  })
})
