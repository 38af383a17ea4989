import { Kernel, Store } from "@weerbaar/core"
import { Effect, Either, Option } from "effect"

/** One check of the read model contract. @category read models */
export interface ReadModelContractCheck {
  readonly name: string
  readonly run: Effect.Effect<void, unknown, Store.EventStore | Store.ReadModelStore>
}

class ContractViolation extends Error {}

const expect = (condition: boolean, message: string): Effect.Effect<void, ContractViolation> =>
  condition ? Effect.void : Effect.fail(new ContractViolation(message))

type ContractItem = {
  readonly title: string
  readonly status: string
  readonly votes: number
  readonly open: boolean
  readonly code: Kernel.JsonValue
}

const idOf = (payload: Kernel.JsonValue): string =>
  typeof payload === "object" && payload !== null && "id" in payload ? String(payload.id) : ""

/** Items by id: opened, voted on, closed and removed. One of the contract's read models. */
const contractItems: Store.ReadModel<ContractItem> = {
  name: "contract-items",
  version: 1,
  keysOf: (event) => (event.type.startsWith("Item") ? [idOf(event.payload)] : []),
  apply: (event, rows) => {
    const key = idOf(event.payload)
    const payload = event.payload as { readonly [field: string]: Kernel.JsonValue }
    const current = rows.get(key)
    switch (event.type) {
      case "ItemOpened":
        return [
          {
            key,
            row: { title: String(payload.title), status: "open", votes: 0, open: true, code: payload.code ?? null },
          },
        ]
      case "ItemVoted":
        return current === undefined ? [] : [{ key, row: { ...current, votes: current.votes + 1 } }]
      case "ItemClosed":
        return current === undefined ? [] : [{ key, row: { ...current, status: "closed", open: false } }]
      case "ItemRemoved":
        return [{ key, row: null }]
      default:
        return []
    }
  },
}

/** The number of events of each type. One of the contract's read models. */
const contractTally: Store.ReadModel<{ readonly count: number }> = {
  name: "contract-tally",
  version: 1,
  keysOf: (event) => [event.type],
  apply: (event, rows) => [{ key: event.type, row: { count: (rows.get(event.type)?.count ?? 0) + 1 } }],
}

/** The read models the {@link readModelContract} checks need the store to keep. @category read models */
export const readModelContractModels: ReadonlyArray<Store.AnyReadModel> = [contractItems, contractTally]

const item = (
  type: string,
  id: string,
  extra: { readonly [field: string]: Kernel.JsonValue } = {},
): Store.NewEvent => ({
  type,
  schemaVersion: 1,
  payload: { id, ...extra },
})

const open = (streamId: string, expectedVersion: number, events: ReadonlyArray<Store.NewEvent>) =>
  Effect.flatMap(Store.EventStore, (store) => store.append([{ streamId, expectedVersion, events }], {}))

const allRows = (model: Store.AnyReadModel) =>
  Effect.gen(function* () {
    const store = yield* Store.ReadModelStore
    const rows: Array<{ key: string; row: unknown }> = []
    let after: string | undefined
    do {
      const page = yield* store.query(model, { limit: 500, ...(after === undefined ? {} : { after }) })
      rows.push(...page.rows)
      after = page.next
    } while (after !== undefined)
    return Kernel.canonicalJson(rows)
  })

const keys = (page: { readonly rows: ReadonlyArray<{ readonly key: string }> }) => page.rows.map((r) => r.key).join()

/**
 * The behaviour every {@link ReadModelStore} must show, as checks that each need a fresh, empty
 * store keeping {@link readModelContractModels}:
 *
 * @example
 * ```ts
 * for (const check of readModelContract) {
 *   it.effect(check.name, () =>
 *     check.run.pipe(Effect.provide(InMemoryEventStore.withReadModels(readModelContractModels))))
 * }
 * ```
 * @category read models
 */
export const readModelContract: ReadonlyArray<ReadModelContractCheck> = [
  {
    name: "asking for a read model the store does not keep fails, naming the model",
    run: Effect.gen(function* () {
      const store = yield* Store.ReadModelStore
      const unknown: Store.ReadModel<{ readonly n: number }> = {
        name: "contract-not-kept",
        version: 1,
        keysOf: () => [],
        apply: () => [],
      }
      for (const [operation, read] of [
        ["query", store.query(unknown)],
        ["get", store.get(unknown, "a")],
      ] as const) {
        const outcome = yield* Effect.either(read as Effect.Effect<unknown, { readonly message: string }>)
        yield* expect(
          Either.isLeft(outcome) && outcome.left.message.includes("contract-not-kept"),
          `${operation} of a read model the store does not keep fails and names it`,
        )
      }
    }),
  },
  {
    name: "a query or get reads the rows when it runs, not when it is made",
    run: Effect.gen(function* () {
      const store = yield* Store.ReadModelStore
      const query = store.query(contractItems)
      const get = store.get(contractItems, "item-later")
      yield* open("item-later", 0, [item("ItemOpened", "item-later", { title: "Later" })])
      const page = yield* query
      const row = yield* get
      yield* expect(page.rows.length === 1, "the query made before the append sees its row")
      yield* expect(Option.isSome(row) && row.value.title === "Later", "the get made before the append sees its row")
    }),
  },
  {
    name: "queryAll reads every matching row, past the largest page",
    run: Effect.gen(function* () {
      const store = yield* Store.ReadModelStore
      const count = Store.pageLimits.max + 30
      const ids = Array.from({ length: count }, (_, i) => `item-${String(i).padStart(4, "0")}`)
      yield* open(
        "many",
        0,
        ids.map((id, i) => item("ItemOpened", id, { title: i % 3 === 0 ? "Pilot" : "Aanpak" })),
      )
      const all = yield* Store.queryAll(store, contractItems)
      yield* expect(all.length === count, `all ${count} rows, not ${all.length}`)
      const pilots = yield* Store.queryAll(store, contractItems, { title: "Pilot" })
      const expected = ids.filter((_, i) => i % 3 === 0).length
      yield* expect(
        pilots.length === expected && pilots.every((row) => row.title === "Pilot"),
        `the ${expected} rows that match, not ${pilots.length}`,
      )
    }),
  },
  {
    name: "rows change with the append that causes them, and a failed append changes none",
    run: Effect.gen(function* () {
      const store = yield* Store.ReadModelStore
      yield* expect(Option.isNone(yield* store.get(contractItems, "item-1")), "no row before any event")
      yield* open("item-1", 0, [item("ItemOpened", "item-1", { title: "Pilot Rheden" }), item("ItemVoted", "item-1")])
      const row = yield* store.get(contractItems, "item-1")
      yield* expect(
        Option.isSome(row) && row.value.title === "Pilot Rheden" && row.value.votes === 1,
        "the row holds both events of the append",
      )
      const stale = yield* Effect.either(open("item-1", 0, [item("ItemVoted", "item-1")]))
      yield* expect(Either.isLeft(stale), "a stale append fails")
      const after = yield* store.get(contractItems, "item-1")
      yield* expect(Option.isSome(after) && after.value.votes === 1, "and leaves the rows as they were")
      yield* open("item-1", 2, [item("ItemRemoved", "item-1")])
      yield* expect(Option.isNone(yield* store.get(contractItems, "item-1")), "a null change deletes the row")
      const tally = yield* store.get(contractTally, "ItemVoted")
      yield* expect(Option.isSome(tally) && tally.value.count === 1, "every kept model sees the same events")
    }),
  },
  {
    name: "filters match top-level fields by value and by JSON type",
    run: Effect.gen(function* () {
      const store = yield* Store.ReadModelStore
      yield* open("item-a", 0, [item("ItemOpened", "item-a", { title: "A", code: "1" })])
      yield* open("item-b", 0, [item("ItemOpened", "item-b", { title: "B", code: 1 }), item("ItemVoted", "item-b")])
      yield* open("item-c", 0, [item("ItemOpened", "item-c", { title: "C", code: true }), item("ItemClosed", "item-c")])
      yield* open("item-d", 0, [item("ItemOpened", "item-d", { title: "D", code: 1.5 })])
      const where = (filter: { readonly [field: string]: string | number | boolean }) =>
        Effect.map(store.query(contractItems, { where: filter }), keys)
      yield* expect((yield* where({ status: "open" })) === "item-a,item-b,item-d", "a string filter")
      yield* expect((yield* where({ votes: 1 })) === "item-b", "a number filter")
      yield* expect((yield* where({ open: false })) === "item-c", "a boolean filter")
      yield* expect((yield* where({ code: "1" })) === "item-a", "the string '1' matches only a string")
      yield* expect((yield* where({ code: 1 })) === "item-b", "the number 1 matches only a number, not true")
      yield* expect((yield* where({ code: true })) === "item-c", "true matches only true")
      yield* expect((yield* where({ code: 1.5 })) === "item-d", "a fraction matches")
      yield* expect((yield* where({ status: "open", votes: 0 })) === "item-a,item-d", "filters combine with and")
      yield* expect((yield* where({ nowhere: "x" })) === "", "a missing field matches nothing")
    }),
  },
  {
    name: "pages follow the key order and join up through their cursors",
    run: Effect.gen(function* () {
      const store = yield* Store.ReadModelStore
      const ids = ["item-07", "item-03", "item-11", "item-01", "item-05", "item-09", "item-02"]
      for (const id of ids) yield* open(id, 0, [item("ItemOpened", id, { title: id })])
      const first = yield* store.query(contractItems, { limit: 3 })
      yield* expect(keys(first) === "item-01,item-02,item-03" && first.next === "item-03", "first page and cursor")
      const second = yield* store.query(contractItems, { limit: 3, after: "item-03" })
      yield* expect(keys(second) === "item-05,item-07,item-09" && second.next === "item-09", "second page")
      const last = yield* store.query(contractItems, { limit: 3, after: "item-09" })
      yield* expect(keys(last) === "item-11" && last.next === undefined, "the last page has no cursor")
      const exact = yield* store.query(contractItems, { limit: 7 })
      yield* expect(exact.rows.length === 7 && exact.next === undefined, "a page that holds the rest has no cursor")
      const filtered = yield* store.query(contractItems, { limit: 2, after: "item-02", where: { status: "open" } })
      yield* expect(keys(filtered) === "item-03,item-05" && filtered.next === "item-05", "cursor and filter combine")
    }),
  },
  {
    name: "a page holds 50 rows by default and 500 at most",
    run: Effect.gen(function* () {
      const store = yield* Store.ReadModelStore
      const events = Array.from({ length: 501 }, (_, i) =>
        item("ItemOpened", `item-${String(i).padStart(3, "0")}`, { title: "x" }),
      )
      yield* open("bulk", 0, events)
      const byDefault = yield* store.query(contractItems)
      yield* expect(byDefault.rows.length === 50 && byDefault.next === "item-049", "50 rows by default")
      const most = yield* store.query(contractItems, { limit: 10_000 })
      yield* expect(most.rows.length === 500 && most.next === "item-499", "at most 500 rows")
      const least = yield* store.query(contractItems, { limit: 0 })
      yield* expect(least.rows.length === 1, "at least one row")
    }),
  },
  {
    name: "rebuilding from the log gives the rows kept incrementally",
    run: Effect.gen(function* () {
      const store = yield* Store.ReadModelStore
      yield* open("item-1", 0, [item("ItemOpened", "item-1", { title: "Een" }), item("ItemVoted", "item-1")])
      yield* open("item-2", 0, [item("ItemOpened", "item-2", { title: "Twee" })])
      yield* open("item-1", 2, [item("ItemVoted", "item-1"), item("ItemClosed", "item-1")])
      yield* open("item-2", 1, [item("ItemRemoved", "item-2")])
      yield* open("item-3", 0, [item("ItemOpened", "item-3", { title: "Drie", code: { nested: [1, "x"] } })])
      const items = yield* allRows(contractItems)
      const tally = yield* allRows(contractTally)
      yield* store.rebuild
      yield* expect((yield* allRows(contractItems)) === items, "items after rebuild equal the kept items")
      yield* expect((yield* allRows(contractTally)) === tally, "tally after rebuild equals the kept tally")
      yield* expect(items.includes('"votes":2') && !items.includes("item-2"), "the kept rows are the expected ones")
    }),
  },
]
