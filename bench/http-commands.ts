import { decidedRuleBook } from "@weerbaar/core/testing"
// The command endpoint over loopback: POST /v1/voorstellen (authenticate, decide, append one event
// with its read models, through the HttpApi pipeline like every request) under autocannon, against a bare node:http server that parses the same JSON and does the same durable
// SQLite insert (idempotency check, version, hash chain) with better-sqlite3, in the same run.
import { createServer, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import { createRequire } from "node:module"
import { SqliteStore } from "@weerbaar/adapters-sqlite"
import { HttpApi, HttpApiBuilder, HttpApiEndpoint, HttpApiGroup, HttpServer } from "@effect/platform"
import { NodeHttpServer } from "@effect/platform-node"
import { Governance, Kernel, Programme, Store } from "@weerbaar/core"
import { Effect, Exit, Layer, Schema, Scope } from "effect"
import { nodeChainHash } from "../packages/adapters-sqlite/src/internal/nodeChainHash.js"
import { AccessTokens, serveWeerbaar, WeerbaarServices } from "../packages/adapters-http/src/index.js"
import { openRawEventsTable } from "./rawEventsTable.js"
import { type BenchResult, benchFolder } from "./harness.js"

interface Load {
  readonly requests: { readonly average: number }
  readonly latency: { readonly p99: number }
  readonly non2xx: number
  readonly errors: number
}
type Autocannon = (options: {
  url: string
  method: string
  headers: Record<string, string>
  body: string
  connections: number
  duration: number
}) => Promise<Load>
const autocannon = createRequire(import.meta.url)("autocannon") as Autocannon

const seconds = 8
const connections = 10
// The bare server pays an fsync per request, so its throughput follows the disk's moment to moment:
// both servers run in alternating rounds, and each side's least disturbed round counts.
const rounds = 3
const body = JSON.stringify({
  opstellendOrgaan: "eg-ondermijnende-criminaliteit",
  titel: "Integrale aanpak hennepteelt",
  omschrijving: "Bestuurlijke en strafrechtelijke aanpak van hennepteelt.",
  begroting: [{ categorie: "projectleiding", organisatie: "politie-oost-nederland", jaar: 2016, bedrag: 2_500_000 }],
})

const load = (url: string, headers: Record<string, string>, method = "POST") =>
  autocannon({
    url,
    method,
    headers: { "content-type": "application/json", ...headers },
    body: method === "POST" ? body : "",
    connections,
    duration: seconds,
  })

const weerbaar = async (filename: string) => {
  const scope = Effect.runSync(Scope.make())
  const layer = serveWeerbaar({ port: 0, host: "127.0.0.1" }).pipe(
    Layer.provideMerge(WeerbaarServices),
    Layer.provideMerge(SqliteStore.layer({ filename, readModels: Programme.programmeReadModels })),
  )
  const context = await Effect.runPromise(Layer.buildWithScope(layer, scope))
  const { port, token } = await Effect.runPromise(
    Effect.gen(function* () {
      yield* decidedRuleBook(Governance.samenWeerbaar())
      const issued = yield* (yield* AccessTokens).issue(Governance.PersonId.make("lid-eg-oc-rheden"), "bench", "bench")
      const address = (yield* HttpServer.HttpServer).address
      return { port: address._tag === "TcpAddress" ? address.port : 0, token: issued.token }
    }).pipe(Effect.provide(context)),
  )
  try {
    return await load(`http://127.0.0.1:${port}/v1/voorstellen`, { authorization: `Bearer ${token}` })
  } finally {
    await Effect.runPromise(Scope.close(scope, Exit.void))
  }
}

// The same server answering a path it does not know: routing, middleware and a problem+json
// response, no store and no rules. It shows what the HTTP framework alone costs per request.
const unknownPath = async (filename: string) => {
  const scope = Effect.runSync(Scope.make())
  const layer = serveWeerbaar({ port: 0, host: "127.0.0.1" }).pipe(
    Layer.provideMerge(WeerbaarServices),
    Layer.provideMerge(SqliteStore.layer({ filename, readModels: Programme.programmeReadModels })),
  )
  const context = await Effect.runPromise(Layer.buildWithScope(layer, scope))
  const address = Effect.runSync(Effect.provide(HttpServer.HttpServer, context)).address
  try {
    return await load(`http://127.0.0.1:${address._tag === "TcpAddress" ? address.port : 0}/v1/bestaat-niet`, {}, "GET")
  } finally {
    await Effect.runPromise(Scope.close(scope, Exit.void))
  }
}

// The floor of the framework: an HttpApi with one endpoint that decodes the same body through a
// schema and answers it encoded again, with no middleware, authentication, store or rules.
const Begrotingsregel = Schema.Struct({
  categorie: Schema.String,
  organisatie: Schema.String,
  jaar: Schema.Number,
  bedrag: Schema.Number,
})
const Voorstel = Schema.Struct({
  opstellendOrgaan: Schema.String,
  titel: Schema.String,
  omschrijving: Schema.String,
  begroting: Schema.Array(Begrotingsregel),
})
const EchoApi = HttpApi.make("echo").add(
  HttpApiGroup.make("voorstellen").add(
    HttpApiEndpoint.post("echo", "/v1/voorstellen").setPayload(Voorstel).addSuccess(Voorstel, { status: 201 }),
  ),
)

const frameworkFloor = async () => {
  const scope = Effect.runSync(Scope.make())
  const echo = HttpApiBuilder.group(EchoApi, "voorstellen", (handlers) =>
    handlers.handle("echo", ({ payload }) => Effect.succeed(payload)),
  )
  const layer = HttpApiBuilder.serve().pipe(
    Layer.provide(HttpApiBuilder.api(EchoApi).pipe(Layer.provide(echo))),
    Layer.provideMerge(NodeHttpServer.layer(createServer, { port: 0, host: "127.0.0.1" })),
  )
  const context = await Effect.runPromise(Layer.buildWithScope(layer, scope))
  const address = Effect.runSync(Effect.provide(HttpServer.HttpServer, context)).address
  try {
    return await load(`http://127.0.0.1:${address._tag === "TcpAddress" ? address.port : 0}/v1/voorstellen`, {})
  } finally {
    await Effect.runPromise(Scope.close(scope, Exit.void))
  }
}

const bare = async (filename: string) => {
  const db = openRawEventsTable(filename)
  const begin = db.prepare("BEGIN IMMEDIATE")
  const commit = db.prepare("COMMIT")
  const byKey = db.prepare("SELECT position FROM events WHERE idempotency_key = ?")
  const version = db.prepare("SELECT MAX(version) AS version FROM events WHERE stream_id = ?")
  const head = db.prepare("SELECT position, hash FROM events ORDER BY position DESC LIMIT 1")
  const insert = db.prepare("INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, NULL, NULL, ?, ?, ?)")
  let n = 0
  const server: Server = createServer((request, response) => {
    const chunks: Array<Buffer> = []
    request.on("data", (chunk: Buffer) => chunks.push(chunk))
    request.on("end", () => {
      const content = JSON.parse(Buffer.concat(chunks).toString("utf8"))
      const streamId = `item-bv-${++n}`
      const key = `bench:${n}`
      begin.run()
      if (byKey.get(key) === undefined) {
        const v = ((version.get(streamId) as { version: number | null }).version ?? 0) + 1
        const last = (head.get() as { position: number; hash: string } | undefined) ?? {
          position: 0,
          hash: Store.genesisHash,
        }
        const recordedAt = Kernel.timestampOf(new Date())
        const payload = JSON.stringify(content)
        const unhashed: Omit<Store.StoredEvent, "hash"> = {
          position: last.position + 1,
          streamId,
          version: v,
          type: "ItemDrafted",
          schemaVersion: 1,
          payload: JSON.parse(payload),
          metadata: { actor: "lid-eg-oc-rheden", idempotencyKey: key },
          recordedAt,
        }
        const hash = nodeChainHash(last.hash, unhashed)
        insert.run(last.position + 1, streamId, v, "ItemDrafted", 1, payload, "lid-eg-oc-rheden", key, recordedAt, hash)
      }
      commit.run()
      response.writeHead(201, { "content-type": "application/json" })
      response.end(JSON.stringify({ id: streamId, ...content }))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  try {
    return await load(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`, {})
  } finally {
    await new Promise((resolve) => server.close(resolve))
    db.close()
  }
}

/** A side's best throughput and lowest p99 over its rounds; failures of every round count. */
const leastDisturbed = (loads: ReadonlyArray<Load>): Load => ({
  requests: { average: Math.max(...loads.map((l) => l.requests.average)) },
  latency: { p99: Math.min(...loads.map((l) => l.latency.p99)) },
  non2xx: loads.reduce((sum, l) => sum + l.non2xx, 0),
  errors: loads.reduce((sum, l) => sum + l.errors, 0),
})

export const run = async (): Promise<BenchResult> => {
  const files = benchFolder("http")
  try {
    const raws: Array<Load> = []
    const apis: Array<Load> = []
    for (let round = 1; round <= rounds; round++) {
      raws.push(await bare(files.file(`bare-${round}.sqlite`)))
      apis.push(await weerbaar(files.file(`weerbaar-${round}.sqlite`)))
    }
    const raw = leastDisturbed(raws)
    const api = leastDisturbed(apis)
    const unknown = await unknownPath(files.file("weerbaar-unknown.sqlite"))
    const floor = await frameworkFloor()
    const p99Ratio = api.latency.p99 / Math.max(raw.latency.p99, 1)
    return {
      name: "http-commands",
      ratio: api.requests.average / raw.requests.average,
      goal: 0.5,
      alsoRequired: [{ goal: "p99 ratio ≤ 2", met: p99Ratio <= 2 }],
      measured: {
        "connections, seconds, rounds": `${connections}, ${seconds}, ${rounds}`,
        "weerbaar POST /v1/voorstellen req/s": Math.round(api.requests.average),
        "bare node:http + better-sqlite3 req/s": Math.round(raw.requests.average),
        "weerbaar p99 ms": api.latency.p99,
        "bare p99 ms": raw.latency.p99,
        "p99 ratio (goal ≤ 2)": Number(p99Ratio.toFixed(2)),
        "weerbaar non-2xx / errors": `${api.non2xx} / ${api.errors}`,
        "weerbaar GET of an unknown path req/s": Math.round(unknown.requests.average),
        "HttpApi echo of the same body, nothing else (framework floor) req/s": Math.round(floor.requests.average),
        "framework floor / bare": Number((floor.requests.average / raw.requests.average).toFixed(2)),
      },
      note: "best throughput and lowest p99 of each side over alternating rounds; autocannon runs in the benchmark's process, beside either server; concurrent commands share fsyncs (group commit); every request goes through the HttpApi pipeline (ADR 0013)",
    }
  } finally {
    files.remove()
  }
}
