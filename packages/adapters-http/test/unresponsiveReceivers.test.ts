import { createServer, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { call, nieuwVoorstel } from "./support/http.js"
import { type RunningServer, startServer } from "./support/server.js"

let server: RunningServer
const receivers: Array<Server> = []
let hanging = 0

/** A receiver on 127.0.0.1 that answers each request with `answer`, or never when it is undefined. */
const receiver = async (answer: number | undefined): Promise<string> => {
  const r = createServer((request, response) => {
    request.resume()
    request.on("end", () => {
      if (answer === undefined) hanging++
      else response.writeHead(answer).end()
    })
  })
  receivers.push(r)
  await new Promise<void>((resolve) => r.listen(0, "127.0.0.1", resolve))
  return `http://127.0.0.1:${(r.address() as AddressInfo).port}/weerbaar`
}

/** A loopback URL where nothing listens: the connection is refused. */
const refusingUrl = async (): Promise<string> => {
  const probe = createServer()
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve))
  const port = (probe.address() as AddressInfo).port
  await new Promise((resolve) => probe.close(resolve))
  return `http://127.0.0.1:${port}/weerbaar`
}

beforeAll(async () => {
  server = await startServer({
    allowedCallbackHosts: ["127.0.0.1"],
    notifications: { pollInterval: "20 millis", retryDelay: "10 millis" },
  })
})
afterAll(async () => {
  // Closing the server interrupts the delivery still waiting on the silent receiver.
  await server?.close()
  for (const r of receivers) {
    r.closeAllConnections()
    await new Promise((resolve) => r.close(resolve))
  }
})

describe("a failing receiver never holds up a command", () => {
  it("commands keep succeeding while one receiver never answers, one answers 500 and one refuses connections", async () => {
    for (const callbackUrl of [await receiver(undefined), await receiver(500), await refusingUrl()]) {
      const subscribed = await call(server, "secretaris-dvo", "POST", "/v1/abonnementen", {
        body: { callbackUrl, kanalen: ["stukken"] },
      })
      expect(subscribed.status).toBe(201)
    }
    const draft = () => call(server, "lid-eg-oc-rheden", "POST", "/v1/voorstellen", { body: nieuwVoorstel })
    expect((await draft()).status).toBe(201)
    // Once the silent receiver holds a delivery open, commands go on as before.
    const deadline = Date.now() + 10_000
    while (hanging === 0) {
      if (Date.now() > deadline) throw new Error("the silent receiver was never called")
      await new Promise((resolve) => setTimeout(resolve, 25))
    }
    const before = await server.lastPosition()
    for (let i = 0; i < 10; i++) expect((await draft()).status).toBe(201)
    expect(await server.lastPosition()).toBeGreaterThan(before)
  })
})
