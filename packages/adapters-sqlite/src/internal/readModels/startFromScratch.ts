import type { Store } from "@weerbaar/core"
import type { Connection } from "../Connection.js"
import type { Checkpoints } from "./checkpoints.js"

const empty = (sql: Connection, model: Store.AnyReadModel) => {
  sql.run("DELETE FROM read_model_rows WHERE model = ?", [model.name])
  sql.run("UPDATE read_model_state SET version = ?, checkpoint = 0 WHERE model = ?", [model.version, model.name])
}

/** Registers new models and empties those whose version changed; returns the ones to project from scratch. */
export const registerModels = (
  sql: Connection,
  models: ReadonlyArray<Store.AnyReadModel>,
  checkpoints: Checkpoints,
): ReadonlySet<string> => {
  checkpoints.state.knownCurrentAt = undefined
  const state = checkpoints.read()
  const fresh = new Set<string>()
  for (const model of models) {
    const known = state.get(model.name)
    if (known === undefined) {
      sql.run("INSERT INTO read_model_state (model, version, checkpoint) VALUES (?, ?, 0)", [model.name, model.version])
    } else if (known.version !== model.version || known.checkpoint === 0) {
      empty(sql, model)
    } else continue
    fresh.add(model.name)
  }
  return fresh
}

/** Empties every kept model, to project the whole log again; returns them all. */
export const clearModels = (
  sql: Connection,
  models: ReadonlyArray<Store.AnyReadModel>,
  checkpoints: Checkpoints,
): ReadonlySet<string> => {
  checkpoints.state.knownCurrentAt = undefined
  for (const model of models) empty(sql, model)
  return new Set(models.map((m) => m.name))
}
