/** `?, ?, ?` for `count` parameters. */
export const placeholders = (count: number, group = "?"): string =>
  Array.from({ length: count }, () => group).join(", ")

/** Splits `items` into chunks that keep a statement well below SQLite's limit on parameters. */
export const chunksOf = <A>(items: ReadonlyArray<A>, size: number): ReadonlyArray<ReadonlyArray<A>> => {
  const chunks: Array<ReadonlyArray<A>> = []
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size))
  return chunks
}
