import type { Plugin } from "esbuild"

/**
 * Leaves fast-check out of the bin's bundle. effect's `Schema` reaches it through `Arbitrary`, which
 * generates test data; the command never does, and evaluating fast-check's modules cost about 20 ms
 * of every start of `weerbaar`. In its place is an empty module: code in the bundle that did call
 * fast-check would fail with "… is not a function", and the CLI's tests run every command on the
 * built bin.
 */
export const withoutFastCheck = (): Plugin => ({
  name: "weerbaar-without-fast-check",
  setup(build) {
    build.onResolve({ filter: /^fast-check$/ }, () => ({
      path: "fast-check",
      namespace: "weerbaar-without-fast-check",
    }))
    build.onLoad({ filter: /.*/, namespace: "weerbaar-without-fast-check" }, () => ({
      contents: "export {}",
      loader: "js",
    }))
  },
})
