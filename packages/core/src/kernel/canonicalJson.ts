/**
 * A JSON value as stored in events.
 * @category kernel
 */
export type JsonValue =
  | null
  | boolean
  | number
  | string
  | ReadonlyArray<JsonValue>
  | { readonly [key: string]: JsonValue }

/**
 * The canonical text of a JSON value: object keys sorted by code unit, no white space, members
 * whose value is `undefined` left out. Two equal values always give the same text, so it can be
 * hashed.
 * @category kernel
 */
export const canonicalJson = (value: unknown): string => {
  if (value === null || typeof value !== "object") {
    const text = JSON.stringify(value)
    return text === undefined ? "null" : text
  }
  // Loops and string concatenation rather than map/filter/join: this runs for every event hashed.
  if (Array.isArray(value)) {
    let text = "["
    for (let i = 0; i < value.length; i++) {
      if (i > 0) text += ","
      text += value[i] === undefined ? "null" : canonicalJson(value[i])
    }
    return `${text}]`
  }
  const record = value as Record<string, unknown>
  const keys = Object.keys(record).sort()
  let text = "{"
  let first = true
  for (const key of keys) {
    const member = record[key]
    if (member === undefined) continue
    if (!first) text += ","
    first = false
    text += `${JSON.stringify(key)}:${canonicalJson(member)}`
  }
  return `${text}}`
}
