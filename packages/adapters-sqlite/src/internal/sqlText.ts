const known = new Map<string, string>()

/** `?, ?, ?` for `count` parameters. */
export const placeholders = (count: number, group = "?"): string => {
  const key = `${count}:${group}`
  let text = known.get(key)
  if (text === undefined) {
    text = Array.from({ length: count }, () => group).join(", ")
    if (known.size < 1000) known.set(key, text)
  }
  return text
}

/** Splits `items` into chunks that keep a statement well below SQLite's limit on parameters. */
export const chunksOf = <A>(items: ReadonlyArray<A>, size: number): ReadonlyArray<ReadonlyArray<A>> => {
  const chunks: Array<ReadonlyArray<A>> = []
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size))
  return chunks
}
