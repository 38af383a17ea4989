import { join } from "node:path"
import { SqliteStore } from "@weerbaar/adapters-sqlite"
import { Programme, Route, Store } from "@weerbaar/core"
import { Effect, Layer } from "effect"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { call, today } from "./support/http.js"
import { readModels, type RunningServer, startServer } from "./support/server.js"

let server: RunningServer
beforeAll(async () => {
  server = await startServer()
})
afterAll(() => server?.close())

// The item as the store holds it, read through core on the server's own file.
const storedItem = (itemId: string) =>
  Effect.runPromise(
    Effect.flatMap(Programme.Programme, (programme) => programme.item(Route.ItemId.make(itemId))).pipe(
      Effect.provide(
        Programme.Programme.layer.pipe(
          Layer.provideMerge(Programme.ProgrammeRuntime.layer),
          Layer.provideMerge(SqliteStore.layer({ filename: join(server.folder, "weerbaar.db"), readModels })),
          Layer.provideMerge(Store.IdGenerator.sequential),
        ),
      ),
    ),
  )

describe("a voortgangsrapportage over HTTP", () => {
  it("given the Stuurgroep's draft, when it is submitted, then its figures as of today are frozen into it", async () => {
    const drafted = await call(server, "secretaris-stuurgroep", "POST", "/v1/voortgangsrapportages", {
      body: {
        opstellendOrgaan: "stuurgroep",
        titel: "Voortgangsrapportage",
        omschrijving: "De voortgang van het programma.",
        begroting: [],
        bestPractices: [],
      },
    })
    expect(drafted.status).toBe(201)
    const submitted = await call(
      server,
      "secretaris-stuurgroep",
      "POST",
      `/v1/voortgangsrapportages/${drafted.body.id}/indieningen`,
      { headers: { "if-match": drafted.headers.get("etag") ?? "" } },
    )
    expect(submitted.status).toBe(201)
    const item = await storedItem(drafted.body.id)
    expect(item.exists && item.content.progressReport?.asOf).toBe(today())
    expect(item.exists && item.content.progressReport?.municipalities.length).toBeGreaterThan(0)
  })
})
