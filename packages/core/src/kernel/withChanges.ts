/**
 * A copy of `base` with `changes` laid over it, typed as `base`: what `{ ...base, ...changes }`
 * gives. Deciders and read models build their next state with it on every event.
 *
 * V8 (Node 20) builds an object literal that begins with a spread and has more fields after it on a
 * slow path, and the objects it makes so outlive young-generation collections far more often than
 * they should, which makes every collection longer. `Object.assign` onto a fresh object has
 * neither problem. In weerbaar's functions, every such literal is written with one or the other.
 *
 * @example
 * const submitted = withChanges(state, { status: "submitted", step: 0 })
 * @category kernel
 */
export const withChanges = <T extends object>(base: T, changes: { readonly [K in keyof T]?: T[K] }): T =>
  Object.assign({}, base, changes)
