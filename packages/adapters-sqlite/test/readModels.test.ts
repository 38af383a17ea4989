import { assert, describe, it } from "@effect/vitest"
import { Kernel, Store } from "@weerbaar/core"
import { readModelContractModels } from "@weerbaar/core/testing"
import { Effect, FastCheck as fc } from "effect"
import { event, openStore, storeFile, withStore } from "./support/storeOf.js"
import { tempFolder } from "./support/tempFiles.js"

const models = readModelContractModels
const [items] = models as [Store.AnyReadModel, Store.AnyReadModel]

const allRows = (store: Store.ReadModelStoreShape) =>
  Effect.forEach(models, (model) =>
    Effect.map(store.query(model, { limit: 500 }), (page) => Kernel.canonicalJson(page.rows)),
  )

const ids = ["item-0", "item-1", "item-2", "item-3", "item-4"]
const itemEvent: fc.Arbitrary<Store.NewEvent> = fc
  .record({
    type: fc.constantFrom("ItemOpened", "ItemVoted", "ItemVoted", "ItemClosed", "ItemRemoved", "Unrelated"),
    id: fc.constantFrom(...ids),
    title: fc.constantFrom("Pilot", "Aanpak", ""),
    code: fc.oneof(fc.constantFrom("1", "x"), fc.integer({ min: -2, max: 2 }), fc.boolean()),
  })
  .map(({ type, ...payload }) => event(type, payload))
const commands = fc.array(fc.array(itemEvent, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 12 })
const queries: fc.Arbitrary<Store.RowQuery> = fc.record(
  {
    where: fc.dictionary(
      fc.constantFrom("status", "votes", "open", "code", "title", "absent"),
      fc.oneof(fc.constantFrom("open", "closed", "1", "Pilot"), fc.integer({ min: -2, max: 3 }), fc.boolean()),
      { maxKeys: 2 },
    ),
    after: fc.constantFrom(...ids, "item-", "a", "z"),
    limit: fc.integer({ min: 0, max: 6 }),
  },
  { requiredKeys: [] },
)

describe("read models in SQLite", () => {
  it.effect("rebuilding gives the rows kept incrementally, and both equal core's reference fold and query", () =>
    Effect.promise(() =>
      fc.assert(
        fc.asyncProperty(commands, fc.array(queries, { maxLength: 6 }), (commandList, queryList) =>
          Effect.runPromise(
            Effect.scoped(
              Effect.gen(function* () {
                const store = yield* openStore(storeFile(yield* tempFolder), models)
                for (const [n, events] of commandList.entries()) {
                  yield* store.events.append(
                    [
                      {
                        streamId: "items",
                        expectedVersion: n === 0 ? 0 : yield* store.events.streamVersion("items"),
                        events,
                      },
                    ],
                    {},
                  )
                }
                const reference = new Map<string, Map<string, unknown>>()
                Store.projectInto(reference, models, yield* store.events.readAll())
                const incremental = yield* allRows(store.readModels)
                for (const query of queryList) {
                  const kept = yield* store.readModels.query(items, query)
                  assert.strictEqual(
                    Kernel.canonicalJson(kept),
                    Kernel.canonicalJson(Store.queryRows(reference.get(items.name), query)),
                    Kernel.canonicalJson(query),
                  )
                }
                yield* store.readModels.rebuild
                assert.deepStrictEqual(yield* allRows(store.readModels), incremental)
                assert.deepStrictEqual(
                  incremental,
                  models.map((m) => Kernel.canonicalJson(Store.queryRows(reference.get(m.name), { limit: 500 }).rows)),
                )
              }),
            ),
          ),
        ),
        { numRuns: 25 },
      ),
    ),
  )

  it.scoped("on opening, a new model is built, one behind is caught up and one of a new version is rebuilt", () =>
    Effect.gen(function* () {
      const filename = storeFile(yield* tempFolder)
      const titles: Store.ReadModel<{ readonly title: string }> = {
        name: "titles",
        version: 1,
        keysOf: (e) => (e.type === "ItemOpened" ? [String((e.payload as { id: string }).id)] : []),
        apply: (e, _rows) => [
          {
            key: String((e.payload as { id: string }).id),
            row: { title: String((e.payload as { title: string }).title) },
          },
        ],
      }
      const shouted = {
        ...titles,
        version: 2,
        apply: (e: Parameters<typeof titles.apply>[0]) => [
          {
            key: String((e.payload as { id: string }).id),
            row: { title: String((e.payload as { title: string }).title).toUpperCase() },
          },
        ],
      }
      const open = (id: string, title: string) => event("ItemOpened", { id, title })
      yield* withStore(filename, ({ events }) =>
        events.append([{ streamId: "a", expectedVersion: 0, events: [open("item-1", "pilot")] }], {}),
      )
      const built = yield* withStore(filename, ({ readModels }) => readModels.get(titles, "item-1"), [titles])
      assert.deepStrictEqual(
        built._tag === "Some" && built.value,
        { title: "pilot" },
        "a new model is built from the log",
      )
      yield* withStore(filename, ({ events }) =>
        events.append([{ streamId: "b", expectedVersion: 0, events: [open("item-2", "aanpak")] }], {}),
      )
      const caughtUp = yield* withStore(filename, ({ readModels }) => readModels.get(titles, "item-2"), [titles])
      assert.deepStrictEqual(
        caughtUp._tag === "Some" && caughtUp.value,
        { title: "aanpak" },
        "a model behind is caught up",
      )
      const rebuilt = yield* withStore(filename, ({ readModels }) => readModels.query(shouted), [shouted])
      assert.deepStrictEqual(
        rebuilt.rows.map((r) => r.row.title),
        ["PILOT", "AANPAK"],
        "a new version is rebuilt",
      )
    }),
  )

  it.scoped("a model kept here is caught up when another connection appended without keeping it", () =>
    Effect.gen(function* () {
      const filename = storeFile(yield* tempFolder)
      const keeping = yield* openStore(filename, models)
      const notKeeping = yield* openStore(filename)
      yield* notKeeping.events.append(
        [{ streamId: "items", expectedVersion: 0, events: [event("ItemOpened", { id: "item-9", title: "Elders" })] }],
        {},
      )
      const row = yield* keeping.readModels.get(items, "item-9")
      assert.isTrue(row._tag === "Some")
      yield* keeping.events.append(
        [{ streamId: "items", expectedVersion: 1, events: [event("ItemVoted", { id: "item-9" })] }],
        {},
      )
      const voted = yield* keeping.readModels.get(items, "item-9")
      assert.strictEqual(voted._tag === "Some" && voted.value.votes, 1)
    }),
  )

  it.scoped("appends in turn from a connection that keeps the model and one that does not miss no event", () =>
    Effect.gen(function* () {
      const filename = storeFile(yield* tempFolder)
      const keeping = yield* openStore(filename, models)
      const notKeeping = yield* openStore(filename)
      for (let round = 0; round < 3; round++) {
        yield* keeping.events.append(
          [{ streamId: `items-${round}`, expectedVersion: 0, events: [event("ItemOpened", { id: `item-${round}` })] }],
          {},
        )
        yield* notKeeping.events.append(
          [{ streamId: `items-${round}`, expectedVersion: 1, events: [event("ItemVoted", { id: `item-${round}` })] }],
          {},
        )
      }
      yield* keeping.events.append(
        [{ streamId: "items-9", expectedVersion: 0, events: [event("ItemOpened", { id: "item-9" })] }],
        {},
      )
      const incremental = yield* allRows(keeping.readModels)
      yield* keeping.readModels.rebuild
      assert.deepStrictEqual(yield* allRows(keeping.readModels), incremental)
      const voted = yield* keeping.readModels.get(items, "item-2")
      assert.strictEqual(voted._tag === "Some" && voted.value.votes, 1)
    }),
  )

  it.scoped("a model that throws fails the append with a typed error and writes nothing", () =>
    Effect.gen(function* () {
      const filename = storeFile(yield* tempFolder)
      const broken: Store.ReadModel<{ readonly n: number }> = {
        name: "broken",
        version: 1,
        keysOf: () => ["k"],
        apply: (e) => {
          if (e.type === "Bad") throw new Error("cannot fold Bad")
          return [{ key: "k", row: { n: e.position } }]
        },
      }
      const failure = yield* withStore(
        filename,
        ({ events }) =>
          Effect.gen(function* () {
            yield* events.append([{ streamId: "s", expectedVersion: 0, events: [event("Good")] }], {})
            return yield* Effect.flip(
              events.append([{ streamId: "s", expectedVersion: 1, events: [event("Bad")] }], {}),
            )
          }),
        [broken],
      )
      assert.strictEqual(failure._tag, "EventStoreFailure")
      assert.include(failure.message, "cannot fold Bad")
      assert.strictEqual(yield* withStore(filename, ({ events }) => events.lastPosition), 1)
    }),
  )

  it.scoped("querying a model the store does not keep is a typed failure", () =>
    Effect.gen(function* () {
      const store = yield* openStore(storeFile(yield* tempFolder))
      const failure = yield* Effect.flip(store.readModels.query(items))
      assert.include(failure.message, "not kept by this store")
    }),
  )
})
