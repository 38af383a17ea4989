import { createServer, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import { Either } from "effect"
import { Governance } from "@weerbaar/core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { call, dvo, meeting, nieuwVoorstel, stuurgroep, today } from "./support/http.js"
import { type RunningServer, startServer } from "./support/server.js"

// 25.000 euro asked, 10.000 available: the DVO's accord is beyond the budget ledger's envelope.
const narrowModel = (forces?: Governance.RuleForces): Governance.GovernanceModel => {
  const json = JSON.parse(JSON.stringify(Governance.samenWeerbaarJson()))
  json.programme.availableBudget = 1_000_000
  return Either.getOrThrow(Governance.decodeGovernanceModel(forces === undefined ? json : { ...json, forces }))
}

// Draft, submit, approve and accord a proposal of 25.000 euro; the accord's status.
const accordBeyondTheEnvelope = async (server: RunningServer) => {
  const drafted = await call(server, "lid-eg-oc-rheden", "POST", "/v1/voorstellen", { body: nieuwVoorstel })
  const id = drafted.body.id as string
  const submitted = await call(
    server,
    "trekker-eg-ondermijnende-criminaliteit",
    "POST",
    `/v1/voorstellen/${id}/indieningen`,
    {
      headers: { "if-match": drafted.headers.get("etag")! },
    },
  )
  const approved = await call(server, "secretaris-stuurgroep", "POST", `/v1/voorstellen/${id}/besluiten`, {
    headers: { "if-match": submitted.headers.get("etag")! },
    body: { orgaan: "stuurgroep", uitkomst: "approve", ...meeting(today(), stuurgroep) },
  })
  const accorded = await call(server, "secretaris-dvo", "POST", `/v1/voorstellen/${id}/besluiten`, {
    headers: { "if-match": approved.headers.get("etag")! },
    body: { orgaan: "dvo", uitkomst: "accord", ...meeting(today(), dvo) },
  })
  return { id, status: accorded.status, body: accorded.body }
}

const until = async (condition: () => boolean, what: string) => {
  const deadline = Date.now() + 10_000
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
}

const feed = async (server: RunningServer) =>
  (await call(server, "secretaris-dvo", "GET", "/v1/gebeurtenissen?limiet=500")).body.resultaten as ReadonlyArray<{
    readonly positie: number
    readonly stroom: string
    readonly type: string
    readonly gegevens: { readonly code?: string; readonly streamId?: string; readonly version?: number }
  }>

describe("signals in the event feed", () => {
  let signalling: RunningServer
  let noForces: RunningServer
  let receiver: Server
  const received: Array<{ readonly kanaal: string; readonly actie: string }> = []
  beforeAll(async () => {
    receiver = createServer((request, response) => {
      let body = ""
      request.on("data", (chunk) => {
        body += chunk
      })
      request.on("end", () => {
        received.push(JSON.parse(body))
        response.writeHead(204).end()
      })
    })
    await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve))
    signalling = await startServer(
      { allowedCallbackHosts: ["127.0.0.1"], notifications: { pollInterval: "50 millis" } },
      undefined,
      narrowModel({ "budget.exceeds-available": "signaleren" }),
    )
    noForces = await startServer({}, undefined, narrowModel())
  })
  afterAll(async () => {
    await signalling?.close()
    await noForces?.close()
    await new Promise((resolve) => receiver?.close(resolve))
  })

  it("an accord a rule signals is followed in the feed by its RuleSignalled on a stream of its own, announced on signalen", async () => {
    const port = (receiver.address() as AddressInfo).port
    const subscribed = await call(signalling, "secretaris-dvo", "POST", "/v1/abonnementen", {
      body: { callbackUrl: `http://127.0.0.1:${port}/notificaties`, kanalen: ["signalen"] },
    })
    expect(subscribed.status).toBe(201)
    const { id, status } = await accordBeyondTheEnvelope(signalling)
    expect(status).toBe(201)
    const events = await feed(signalling)
    const signals = events.filter((e) => e.type === "RuleSignalled")
    expect(signals).toHaveLength(1)
    const decision = events.filter((e) => e.stroom === `item-${id}`).at(-1)!
    expect(decision.type).toBe("DecisionRecorded")
    expect(signals[0]!.stroom).toBe(`signal-item-${id}-${signals[0]!.gegevens.version}`)
    expect(signals[0]!.gegevens).toMatchObject({ code: "budget.exceeds-available", streamId: `item-${id}` })
    // The decision, the ledger's commitment and the signal: one append, consecutive positions.
    expect(signals[0]!.positie).toBe(decision.positie + 2)
    await until(() => received.length >= 1, "the signal's notification")
    expect(received.map((n) => [n.kanaal, n.actie])).toEqual([["signalen", "RuleSignalled"]])
  })

  it("under a model without forces the accord is refused and no signal is stored", async () => {
    const { status } = await accordBeyondTheEnvelope(noForces)
    expect(status).toBe(409)
    const signals = (await feed(noForces)).filter((e) => e.type === "RuleSignalled" || e.stroom.startsWith("signal-"))
    expect(signals).toEqual([])
  })
})

describe("signals in the answer and the item's history", () => {
  let signalling: RunningServer
  beforeAll(async () => {
    signalling = await startServer({}, undefined, narrowModel({ "budget.exceeds-available": "signaleren" }))
  })
  afterAll(async () => {
    await signalling?.close()
  })

  it("the accord a rule signals answers with the signal, and the history shows it on the accord's entry only", async () => {
    const { id, status, body } = await accordBeyondTheEnvelope(signalling)
    expect(status).toBe(201)
    const signalen = body.signalen as ReadonlyArray<{ code: string; explanation: { nl: string; en: string } }>
    expect(signalen.map((s) => s.code)).toEqual(["budget.exceeds-available"])
    expect(signalen[0]!.explanation.nl).not.toBe("")
    expect(body).toHaveProperty("signalen.0.facts")

    const shown = await call(signalling, "secretaris-dvo", "GET", `/v1/voorstellen/${id}`)
    expect(shown.body).not.toHaveProperty("signalen")

    const history = (await call(signalling, "secretaris-dvo", "GET", `/v1/voorstellen/${id}/historie`))
      .body as unknown as ReadonlyArray<{ wat: string; signalen?: ReadonlyArray<{ code: string }> }>
    expect(history.map((h) => [h.wat, h.signalen?.map((s) => s.code)])).toEqual([
      ["ItemDrafted", undefined],
      ["ItemSubmitted", undefined],
      ["DecisionRecorded", undefined],
      ["DecisionRecorded", ["budget.exceeds-available"]],
    ])
  })

  it("a second item's history shows only its own signals", async () => {
    const first = await accordBeyondTheEnvelope(signalling)
    const second = await accordBeyondTheEnvelope(signalling)
    expect([first.status, second.status]).toEqual([201, 201])
    const history = (await call(signalling, "secretaris-dvo", "GET", `/v1/voorstellen/${second.id}/historie`))
      .body as unknown as ReadonlyArray<{ signalen?: ReadonlyArray<unknown> }>
    expect(history.flatMap((h) => h.signalen ?? [])).toHaveLength(1)
  })
})
