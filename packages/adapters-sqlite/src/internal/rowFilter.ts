import type { Store } from "@weerbaar/core"

/**
 * The SQL condition and parameters for a {@link RowQuery}'s equality filters, with the semantics of
 * core's `queryRows` (`row[field] === value`): a JSON number matches only a number, `true` only
 * `true`, and a missing field only `undefined`. `json_each` takes the field name as a parameter,
 * so any name is safe.
 */
export const rowFilter = (
  where: Store.RowQuery["where"],
): { readonly sql: string; readonly params: ReadonlyArray<string | number> } => {
  const conditions: Array<string> = []
  const params: Array<string | number> = []
  const field = (test: string) =>
    `EXISTS (SELECT 1 FROM json_each(read_model_rows.row) AS f WHERE f.key = ? AND ${test})`
  for (const [name, value] of Object.entries(where ?? {}) as ReadonlyArray<[string, unknown]>) {
    switch (typeof value) {
      case "string":
        conditions.push(field("f.type = 'text' AND f.atom = ?"))
        params.push(name, value)
        break
      case "number":
        conditions.push(Number.isNaN(value) ? "0" : field("f.type IN ('integer', 'real') AND f.atom = ?"))
        if (!Number.isNaN(value)) params.push(name, value)
        break
      case "boolean":
        conditions.push(field(value ? "f.type = 'true'" : "f.type = 'false'"))
        params.push(name)
        break
      case "undefined":
        conditions.push(`NOT ${field("1")}`)
        params.push(name)
        break
      default:
        if (value === null) {
          conditions.push(field("f.type = 'null'"))
          params.push(name)
        } else {
          // An object or a function is never `===` to a row's field.
          conditions.push("0")
        }
    }
  }
  return { sql: conditions.map((c) => ` AND ${c}`).join(""), params }
}
