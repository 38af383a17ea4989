import { defineConfig } from "tsup"

export default defineConfig({
  // The package's root and its testing entry point; nothing else is public. The testing entry
  // imports the root as a package (external here), so both share one copy of every class, in ESM
  // and in CommonJS alike.
  entry: { index: "src/index.ts", "testing/index": "src/testing/index.ts" },
  external: ["@weerbaar/core"],
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  sourcemap: true,
  target: "node22",
  tsconfig: "tsconfig.json",
})
