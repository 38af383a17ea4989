import { SqlError } from "@effect/sql/SqlError"
import { Store } from "@weerbaar/core"
import { Effect } from "effect"

/**
 * Runs synchronous store work as an effect. The store's statements are synchronous, so its work
 * is plain code that throws; an `EventStoreFailure` it throws stays one, and any other (the
 * driver's) becomes an `SqlError`.
 */
export const attempt = <A>(work: () => A): Effect.Effect<A, Store.EventStoreFailure | SqlError> =>
  Effect.try({
    try: work,
    catch: (error) =>
      error instanceof Store.EventStoreFailure
        ? error
        : new SqlError({ cause: error, message: error instanceof Error ? error.message : String(error) }),
  })
