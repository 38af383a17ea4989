import type { Store } from "@weerbaar/core"
import type { Connection } from "./Connection.js"
import { makeCatchUp } from "./readModels/catchUp.js"
import { makeCheckpoints } from "./readModels/checkpoints.js"
import { projectAppended } from "./readModels/projectAppended.js"
import { clearModels, registerModels } from "./readModels/startFromScratch.js"

/**
 * Keeps read models in the generic tables `read_model_state` and `read_model_rows`. Every method
 * runs synchronously inside the caller's write transaction and throws `EventStoreFailure` for a
 * model that fails or a damaged row, and the driver's error for a failed statement.
 */
export const makeReadModelTables = (sql: Connection, models: ReadonlyArray<Store.AnyReadModel>) => {
  const checkpoints = makeCheckpoints(sql, models)
  const known = checkpoints.state
  return {
    models,
    /** Whether any kept model is behind `head`. */
    isBehind: (head: number) => {
      const state = checkpoints.read()
      return models.some((m) => (state.get(m.name)?.checkpoint ?? 0) < head)
    },
    /** Registers new models and empties those whose version changed; returns the ones to project from scratch. */
    register: (): ReadonlySet<string> => registerModels(sql, models, checkpoints),
    /** Empties every kept model, to project the whole log again. */
    clear: (): ReadonlySet<string> => clearModels(sql, models, checkpoints),
    /**
     * Projects the log after each model's checkpoint, a page at a time, up to `head`.
     * `fresh` names the models that have no rows yet.
     */
    catchUp: makeCatchUp(sql, models, checkpoints),
    /** Projects newly appended events, which directly follow `previousHead`. */
    projectAppended: (events: ReadonlyArray<Store.StoredEvent>, previousHead: number) =>
      projectAppended(sql, models, checkpoints, events, previousHead),
    /** Writes the checkpoint of the appends in the open transaction; call before it commits. */
    settle: checkpoints.settle,
    /** The unsettled checkpoint as a savepoint is taken, to return to when it is rolled back. */
    unsettledMark: (): unknown => known.unsettled,
    /** A savepoint was rolled back: the checkpoint is the one before it, the head is unknown. */
    rollBackTo: (mark: unknown) => {
      known.unsettled = mark as number | undefined
      known.knownCurrentAt = undefined
    },
    /** Forgets what this connection knew about the checkpoints: a transaction that projected was rolled back. */
    forget: () => {
      known.unsettled = undefined
      known.knownCurrentAt = undefined
    },
  }
}

/** The read model tables of one store. */
export type ReadModelTables = ReturnType<typeof makeReadModelTables>
