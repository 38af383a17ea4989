import { Clock, Context, Effect, Layer, Ref } from "effect"

/**
 * A UUID of version 7 (RFC 9562) at a time in milliseconds: 48 bits of time, then the random bits
 * of a version 4 UUID. Ids made later sort after earlier ones, so a store's indexes grow at their
 * end instead of at random places: fewer pages written per commit.
 * @category ports
 */
export const uuidV7 = (milliseconds: number, randomUuid: string = globalThis.crypto.randomUUID()): string => {
  const time = Math.min(Math.max(0, Math.floor(milliseconds)), 2 ** 48 - 1)
    .toString(16)
    .padStart(12, "0")
  // A v4 UUID is xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx: keep its random digits and its variant y.
  return `${time.slice(0, 8)}-${time.slice(8)}-7${randomUuid.slice(15, 18)}-${randomUuid.slice(19)}`
}

/**
 * Makes identifiers for new items, decisions and other records, as `prefix-…`.
 * @category ports
 */
export class IdGenerator extends Context.Tag("@weerbaar/core/IdGenerator")<
  IdGenerator,
  { readonly next: (prefix: string) => Effect.Effect<string> }
>() {
  /**
   * Random identifiers (`bv-019a…`), unique across stores: UUIDs of version 7, ordered by the
   * clock's time of making (see {@link uuidV7}).
   */
  static readonly random: Layer.Layer<IdGenerator> = Layer.succeed(IdGenerator, {
    next: (prefix) => Effect.map(Clock.currentTimeMillis, (ms) => `${prefix}-${uuidV7(ms)}`),
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
