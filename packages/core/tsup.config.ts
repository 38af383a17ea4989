import { defineConfig } from "tsup"

export default defineConfig({
  // The package's root and its testing entry point; nothing else is public.
  entry: { index: "src/index.ts", "testing/index": "src/testing/index.ts" },
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  sourcemap: true,
  target: "node22",
  tsconfig: "tsconfig.json",
})
