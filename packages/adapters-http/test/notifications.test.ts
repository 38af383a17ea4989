import { createServer, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { call, meeting, nieuwVoorstel, stuurgroep, today } from "./support/http.js"
import { type RunningServer, startServer } from "./support/server.js"

let server: RunningServer
let receiver: Server
let receiverUrl: string
const received: Array<any> = []
let failuresToGive = 0
let attempts = 0

beforeAll(async () => {
  receiver = createServer((request, response) => {
    let body = ""
    request.on("data", (chunk) => {
      body += chunk
    })
    request.on("end", () => {
      attempts++
      if (failuresToGive > 0) {
        failuresToGive--
        response.writeHead(503).end()
        return
      }
      received.push(JSON.parse(body))
      response.writeHead(204).end()
    })
  })
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve))
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/notificaties`
  server = await startServer({
    allowedCallbackHosts: ["127.0.0.1"],
    notifications: { pollInterval: "50 millis", retryDelay: "20 millis", maxAttempts: 5 },
  })
})
afterAll(async () => {
  await server?.close()
  await new Promise((resolve) => receiver.close(resolve))
})

const until = async (condition: () => boolean, what: string) => {
  const deadline = Date.now() + 10_000
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
}

describe("notifications in the style of ZGW Notificaties", () => {
  it("refuses a callback to a host the operator does not allow", async () => {
    const reply = await call(server, "secretaris-dvo", "POST", "/v1/abonnementen", {
      body: { callbackUrl: "https://10.0.0.1/hook", kanalen: ["besluiten"] },
    })
    expect(reply.status).toBe(400)
    expect(reply.body.invalidParams[0]).toMatchObject({ name: "body.callbackUrl", code: "host-not-allowed" })
  })

  it("delivers every event on the subscribed channels, retrying after a failing callback", async () => {
    const subscription = await call(server, "secretaris-dvo", "POST", "/v1/abonnementen", {
      body: { callbackUrl: receiverUrl, kanalen: ["besluiten"] },
    })
    expect(subscription.status).toBe(201)
    expect(
      (await call(server, "secretaris-dvo", "GET", "/v1/abonnementen")).body.map((a: { id: string }) => a.id),
    ).toContain(subscription.body.id)
    failuresToGive = 2
    const drafted = await call(server, "lid-eg-oc-rheden", "POST", "/v1/voorstellen", { body: nieuwVoorstel })
    const submitted = await call(
      server,
      "trekker-eg-ondermijnende-criminaliteit",
      "POST",
      `/v1/voorstellen/${drafted.body.id}/indieningen`,
      {
        headers: { "if-match": drafted.headers.get("etag")! },
      },
    )
    await call(server, "secretaris-stuurgroep", "POST", `/v1/voorstellen/${drafted.body.id}/besluiten`, {
      headers: { "if-match": submitted.headers.get("etag")! },
      body: { orgaan: "stuurgroep", uitkomst: "approve", ...meeting(today(), stuurgroep) },
    })
    await until(() => received.length >= 1, "the decision's notification")
    expect(attempts).toBe(3)
    expect(received).toHaveLength(1)
    expect(received[0]).toMatchObject({
      kanaal: "besluiten",
      actie: "DecisionRecorded",
      hoofdObject: `${server.baseUrl}/v1/voorstellen/${drafted.body.id}`,
    })
    // Drafting and submitting are on the channel `stukken`, which was not subscribed.
    const removed = await call(server, "secretaris-dvo", "DELETE", `/v1/abonnementen/${subscription.body.id}`)
    expect(removed.status).toBe(204)
  })
})
