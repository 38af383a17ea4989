import { decidedRuleBook } from "@weerbaar/core/testing"
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { HttpServer } from "@effect/platform"
import { SqliteStore } from "@weerbaar/adapters-sqlite"
import { Governance, Programme, Store } from "@weerbaar/core"
import { Context, Effect, Exit, Layer, Scope } from "effect"
import { AccessTokens, serveWeerbaar, WeerbaarServices, type WeerbaarServerOptions } from "../../src/index.js"

/** Every read model the API queries. */
export const readModels = Programme.programmeReadModels

/** The persons tests act as, each with a bearer token. */
export const people = [
  "lid-eg-oc-rheden",
  "trekker-eg-ondermijnende-criminaliteit",
  "secretaris-stuurgroep",
  "burgemeester-ede",
  "secretaris-dvo",
  "voorzitter-dvo",
  "manager-riec",
] as const
export type Person = (typeof people)[number]

export interface RunningServer {
  readonly baseUrl: string
  readonly tokens: Record<Person, string>
  readonly folder: string
  /** The position of the last event stored: unchanged when a request stored nothing. */
  readonly lastPosition: () => Promise<number>
  /** Whether the store's hash chain is intact. */
  readonly verify: () => Promise<boolean>
  /** Revokes the person's token, as an operator does. */
  readonly revoke: (person: Person) => Promise<void>
  readonly close: () => Promise<void>
}

/** Starts the real server on 127.0.0.1 (a free port) over a SQLite file in a fresh folder. */
export const startServer = async (
  options: WeerbaarServerOptions = {},
  /** Changes the store the server sees (a test that shows a check catches a broken server). */
  alterStore: (store: Store.EventStoreShape) => Store.EventStoreShape = (store) => store,
  /** The governance model adopted before the first request: the preset unless given. */
  model: Governance.GovernanceModel = Governance.samenWeerbaar(),
  /** The persons of `model` a token is issued to (`people` unless given); `tokens` holds theirs. */
  persons: ReadonlyArray<string> = people,
): Promise<RunningServer> => {
  const folder = mkdtempSync(join(tmpdir(), "weerbaar-http-"))
  const scope = Effect.runSync(Scope.make())
  const store = Layer.map(SqliteStore.layer({ filename: join(folder, "weerbaar.db"), readModels }), (context) =>
    Context.add(context, Store.EventStore, alterStore(Context.get(context, Store.EventStore))),
  )
  const layer = serveWeerbaar({ port: 0, host: "127.0.0.1", ...options }).pipe(
    Layer.provideMerge(WeerbaarServices),
    Layer.provideMerge(store),
  )
  const context = await Effect.runPromise(Layer.buildWithScope(layer, scope))
  const { baseUrl, tokens } = await Effect.runPromise(
    Effect.gen(function* () {
      const server = yield* HttpServer.HttpServer
      const accessTokens = yield* AccessTokens
      yield* decidedRuleBook(model)
      const tokens = {} as Record<string, string>
      for (const person of persons)
        tokens[person] = (yield* accessTokens.issue(Governance.PersonId.make(person), "test", "test")).token
      const address = server.address
      return { baseUrl: address._tag === "TcpAddress" ? `http://127.0.0.1:${address.port}` : "", tokens }
    }).pipe(Effect.provide(context)),
  )
  return {
    baseUrl,
    tokens: tokens as Record<Person, string>,
    folder,
    lastPosition: () =>
      Effect.runPromise(Effect.flatMap(Store.EventStore, (store) => store.lastPosition).pipe(Effect.provide(context))),
    verify: () =>
      Effect.runPromise(
        Effect.flatMap(Store.EventStore, (store) => store.verify).pipe(
          Effect.map((v) => v.intact),
          Effect.provide(context),
        ),
      ),
    revoke: (person) =>
      Effect.runPromise(
        Effect.flatMap(AccessTokens, (accessTokens) =>
          accessTokens.revoke((tokens[person] ?? "").split(".")[1]!, "secretaris-dvo"),
        ).pipe(Effect.provide(context)),
      ),
    close: async () => {
      await Effect.runPromise(Scope.close(scope, Exit.void))
      rmSync(folder, { recursive: true, force: true })
    },
  }
}
