import type { Store } from "@weerbaar/core"
import type { Connection } from "../Connection.js"
import { placeholders } from "../sqlText.js"

/** What this connection knows of the checkpoints beyond `read_model_state`. */
export interface CheckpointState {
  // Appends in one batch move every kept model's checkpoint to their new head: it is written once,
  // before the batch commits, instead of once per append. Until then it is unsettled; whatever reads
  // the checkpoints in the same transaction settles it first.
  unsettled: number | undefined
  // The log position every kept model was projected to, as far as this connection knows: when it
  // equals the head an append starts from, nobody appended without projecting, and the models
  // need no catching up. Any doubt (another process, a rebuild) reads the checkpoints again.
  knownCurrentAt: number | undefined
}

/**
 * The log position each kept model was projected to (`read_model_state`), and its version.
 * Every method runs synchronously inside the caller's write transaction.
 */
export const makeCheckpoints = (sql: Connection, models: ReadonlyArray<Store.AnyReadModel>) => {
  const state: CheckpointState = { unsettled: undefined, knownCurrentAt: undefined }
  const allNames = models.map((m) => m.name)

  const write = (names: ReadonlyArray<string>, position: number) => {
    if (names.length === 0) return
    sql.run(`UPDATE read_model_state SET checkpoint = ? WHERE model IN (${placeholders(names.length)})`, [
      position,
      ...names,
    ])
  }

  /** Writes the checkpoint the appends of the open transaction reached. */
  const settle = () => {
    if (state.unsettled === undefined) return
    write(allNames, state.unsettled)
    state.unsettled = undefined
  }

  return {
    state,
    /** Moves the checkpoint of the models `names` to `position`. */
    write,
    settle,
    /** Each kept model's version and checkpoint, by name, the unsettled checkpoint written first. */
    read: () => {
      settle()
      return new Map(
        sql
          .all<{ model: string; version: number; checkpoint: number }>(
            "SELECT model, version, checkpoint FROM read_model_state",
          )
          .map((r) => [r.model, r]),
      )
    },
  }
}

/** The checkpoints of one store's read models. */
export type Checkpoints = ReturnType<typeof makeCheckpoints>
