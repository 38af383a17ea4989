import { Context, Effect, Layer, Ref } from "effect"

/**
 * Makes identifiers for new items, decisions and other records, as `prefix-…`.
 * @category ports
 */
export class IdGenerator extends Context.Tag("@weerbaar/core/IdGenerator")<
  IdGenerator,
  { readonly next: (prefix: string) => Effect.Effect<string> }
>() {
  /** Random identifiers (`bv-3f2c…`), unique across stores. */
  static readonly random: Layer.Layer<IdGenerator> = Layer.succeed(IdGenerator, {
    next: (prefix) => Effect.sync(() => `${prefix}-${globalThis.crypto.randomUUID()}`),
  })
  /** Readable sequential identifiers per prefix (`bv-0001`, `bv-0002`), for tests and demos. */
  static readonly sequential: Layer.Layer<IdGenerator> = Layer.effect(
    IdGenerator,
    Effect.gen(function* () {
      const counters = yield* Ref.make(new Map<string, number>())
      return {
        next: (prefix: string) =>
          Ref.modify(counters, (map) => {
            const n = (map.get(prefix) ?? 0) + 1
            return [`${prefix}-${String(n).padStart(4, "0")}`, new Map(map).set(prefix, n)] as const
          }),
      }
    }),
  )
}
