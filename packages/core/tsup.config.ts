import { defineConfig } from "tsup"
import { namespaces } from "./scripts/namespaces.mjs"

const shared = { sourcemap: true, target: "node22", tsconfig: "tsconfig.json", dts: false } as const

export default defineConfig([
  {
    // ES modules: the root, one entry per namespace (`@weerbaar/core/Route`, as Effect publishes
    // `effect/Schema`) and the testing entry point; nothing else is public. Splitting gives every
    // entry the same chunks, so the root and a namespace's entry share one copy of every class. The
    // testing entry imports the root as a package (external here).
    ...shared,
    entry: {
      index: "src/index.ts",
      ...Object.fromEntries(namespaces.map((n) => [n, `src/${n}.ts`])),
      "testing/index": "src/testing/index.ts",
    },
    external: ["@weerbaar/core"],
    format: ["esm"],
    splitting: true,
  },
  {
    // CommonJS: one bundle for the root (esbuild splits only ES modules); each namespace's entry is
    // written by scripts/finishBuild.mjs as the root's namespace, so it shares the root's classes too.
    ...shared,
    entry: { index: "src/index.ts", "testing/index": "src/testing/index.ts" },
    external: ["@weerbaar/core"],
    format: ["cjs"],
  },
])
