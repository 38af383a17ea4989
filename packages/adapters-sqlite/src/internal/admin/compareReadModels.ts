import { Kernel, Store } from "@weerbaar/core"
import type { StoreFinding } from "../../StoreVerification.js"
import type { Connection } from "../Connection.js"
import type { ReadPage } from "../readModels/catchUp.js"

const canonical = (row: unknown) => Kernel.canonicalJson(row as Kernel.JsonValue)

/**
 * Projects the whole log again, in memory, with core's reference `projectInto`, and compares every
 * kept model's stored rows with the result: a row missing, extra or different is a finding (the
 * first three of each model are named). Reads the log a page at a time but holds every model's rows.
 */
export const compareReadModels = (
  sql: Connection,
  models: ReadonlyArray<Store.AnyReadModel>,
  readPage: ReadPage,
): ReadonlyArray<StoreFinding> => {
  const rebuilt = new Map<string, Map<string, unknown>>()
  for (let after = 0; ; ) {
    const page = readPage(after, 2000)
    if (page.length === 0) break
    Store.projectInto(rebuilt, models, page)
    after = page.at(-1)!.position
  }
  const findings: Array<StoreFinding> = []
  for (const model of models) {
    const expected = rebuilt.get(model.name) ?? new Map<string, unknown>()
    const differences: Array<string> = []
    const stored = sql.all<{ key: string; row: string }>("SELECT key, row FROM read_model_rows WHERE model = ?", [
      model.name,
    ])
    const seen = new Set<string>()
    for (const { key, row } of stored) {
      seen.add(key)
      const want = expected.get(key)
      if (want === undefined) differences.push(`row '${key}' is not in a rebuild`)
      else {
        let same = false
        try {
          same = canonical(JSON.parse(row)) === canonical(want)
        } catch {}
        if (!same) differences.push(`row '${key}' differs from a rebuild`)
      }
    }
    for (const key of expected.keys()) if (!seen.has(key)) differences.push(`row '${key}' is missing`)
    if (differences.length > 0) {
      findings.push({
        kind: "read-model-rows",
        message: `read model '${model.name}': ${differences.length} rows differ from a rebuild from the log (${differences.slice(0, 3).join("; ")}): run \`weerbaar rebuild\``,
      })
    }
  }
  return findings
}
