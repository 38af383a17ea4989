import { Context, Effect, type Option } from "effect"
import type { JsonValue } from "../kernel/canonicalJson.js"
import { EventStoreFailure, type StoredEvent } from "./EventStore.js"

/** A change of one row of a read model: the new row, or `null` to delete it. @category read models */
export interface RowChange<Row> {
  readonly key: string
  readonly row: Row | null
}

/**
 * A read model as a pure fold over the event log, kept as rows by key. Projecting happens in
 * two steps so that a store can fetch the rows first: `keysOf` names the rows an event touches,
 * `apply` returns their changes given their current values. Rows are JSON objects.
 *
 * @example
 * ```ts
 * const decisionCount: ReadModel<{ count: number }> = {
 *   name: "decision-count", version: 1,
 *   keysOf: (e) => (e.type === "DecisionRecorded" ? ["all"] : []),
 *   apply: (_e, rows) => [{ key: "all", row: { count: (rows.get("all")?.count ?? 0) + 1 } }],
 * }
 * ```
 * @category read models
 */
export interface ReadModel<Row extends { readonly [key: string]: JsonValue | undefined }> {
  /** A stable name: the store keeps the rows under it. */
  readonly name: string
  /** Raise it when `apply` changes meaning: the store then rebuilds the model from the log. */
  readonly version: number
  readonly keysOf: (event: StoredEvent) => ReadonlyArray<string>
  readonly apply: (event: StoredEvent, current: ReadonlyMap<string, Row>) => ReadonlyArray<RowChange<Row>>
}

/** Any read model. @category read models */
// biome-ignore lint/suspicious/noExplicitAny: a registry holds read models of every row type
export type AnyReadModel = ReadModel<any>

/**
 * A query over a read model's rows: equality filters on top-level fields, in order of key,
 * a page at a time (`after` is the cursor: the last key of the previous page).
 * @category read models
 */
export interface RowQuery {
  readonly where?: { readonly [field: string]: string | number | boolean }
  readonly after?: string
  readonly limit?: number
}

/** A page of rows and the cursor of the next page, if there is one. @category read models */
export interface Page<Row> {
  readonly rows: ReadonlyArray<{ readonly key: string; readonly row: Row }>
  readonly next: string | undefined
}

/** The default and the largest page size. @category read models */
export const pageLimits = { default: 50, max: 500 } as const

/**
 * The port to the read models a store keeps up to date with its log.
 * @category read models
 */
export interface ReadModelStoreShape {
  readonly query: <Row extends { readonly [key: string]: JsonValue | undefined }>(
    model: ReadModel<Row>,
    query?: RowQuery,
  ) => Effect.Effect<Page<Row>, EventStoreFailure>
  readonly get: <Row extends { readonly [key: string]: JsonValue | undefined }>(
    model: ReadModel<Row>,
    key: string,
  ) => Effect.Effect<Option.Option<Row>, EventStoreFailure>
  /** Drops every read model and projects the whole log again. */
  readonly rebuild: Effect.Effect<void, EventStoreFailure>
}

/**
 * How a store answers a `query` or `get` for a read model it does not keep: a failure that names
 * the model, never an empty answer that hides a store set up without it.
 * @category read models
 */
export const readModelNotKept = (model: { readonly name: string } | undefined, operation: string) =>
  new EventStoreFailure({
    operation,
    reason: `read model '${model?.name}' is not kept by this store: pass it in the store's readModels`,
  })

/** The read model service. @category read models */
export class ReadModelStore extends Context.Tag("@weerbaar/core/ReadModelStore")<
  ReadModelStore,
  ReadModelStoreShape
>() {}

/**
 * Every row of a read model that matches `where`, in order of key, read a page at a time.
 *
 * @example
 * ```ts
 * const decisions = yield* queryAll(yield* ReadModelStore, decisionRegister, { bestuursorgaan: "dvo" })
 * ```
 * @category read models
 */
export const queryAll = <Row extends { readonly [key: string]: JsonValue | undefined }>(
  store: ReadModelStoreShape,
  model: ReadModel<Row>,
  where?: RowQuery["where"],
): Effect.Effect<ReadonlyArray<Row>, EventStoreFailure> =>
  Effect.gen(function* () {
    const rows: Array<Row> = []
    let after: string | undefined
    do {
      const page = yield* store.query(
        model,
        Object.assign(
          {},
          where === undefined ? {} : { where },
          { limit: pageLimits.max },
          after === undefined ? {} : { after },
        ),
      )
      rows.push(...page.rows.map((r) => r.row))
      after = page.next
    } while (after !== undefined)
    return rows
  })

/**
 * Applies events to rows held in a map: the reference semantics of every read model store.
 * @category read models
 */
export const projectInto = (
  rows: Map<string, Map<string, unknown>>,
  models: ReadonlyArray<AnyReadModel>,
  events: Iterable<StoredEvent>,
): void => {
  for (const event of events) {
    for (const model of models) {
      const keys = model.keysOf(event)
      if (keys.length === 0) continue
      let table = rows.get(model.name)
      if (table === undefined) {
        table = new Map()
        rows.set(model.name, table)
      }
      const current = new Map<string, unknown>()
      for (const key of keys) {
        const row = table.get(key)
        if (row !== undefined) current.set(key, row)
      }
      for (const change of model.apply(event, current)) {
        if (change.row === null) table.delete(change.key)
        else table.set(change.key, change.row)
      }
    }
  }
}

/** Runs a {@link RowQuery} over rows in memory. @category read models */
export const queryRows = <Row>(table: ReadonlyMap<string, unknown> | undefined, query: RowQuery = {}): Page<Row> => {
  const limit = Math.min(Math.max(1, query.limit ?? pageLimits.default), pageLimits.max)
  const where = Object.entries(query.where ?? {})
  const matching = [...(table ?? new Map()).entries()]
    .filter(([key]) => query.after === undefined || key > query.after)
    .filter(([, row]) => where.every(([field, value]) => (row as Record<string, unknown>)[field] === value))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  const page = matching.slice(0, limit).map(([key, row]) => ({ key, row: row as Row }))
  return { rows: page, next: matching.length > limit ? page.at(-1)?.key : undefined }
}
