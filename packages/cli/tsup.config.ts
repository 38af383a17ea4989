import { defineConfig } from "tsup"

export default defineConfig([
  {
    entry: ["src/index.ts"],
    format: ["esm", "cjs"],
    dts: { entry: ["src/index.ts"] },
    clean: true,
    sourcemap: true,
    target: "node22",
    tsconfig: "tsconfig.json",
  },
  {
    // The command is one bundle: `--help` and parse errors load only the parser and the command
    // definitions; the store, the services and the server are chunks loaded by the command that needs
    // them. better-sqlite3 is native: not bundled.
    entry: { main: "src/cli/main.ts" },
    outDir: "dist/cli",
    format: ["esm"],
    splitting: true,
    minify: true,
    sourcemap: true,
    target: "node22",
    platform: "node",
    tsconfig: "tsconfig.json",
    noExternal: [/^(?!better-sqlite3$)/],
    external: ["better-sqlite3"],
    outExtension: () => ({ js: ".js" }),
    // Core's split build starts its entries with bare imports of its chunks; core has no side
    // effects, so esbuild rightly drops them: nothing to warn about.
    esbuildOptions: (options) => {
      options.logOverride = { "ignored-bare-import": "silent" }
    },
    // commander is CommonJS: in an ES module bundle its `require` of Node's modules needs one.
    banner: {
      js: 'import { createRequire as __weerbaarRequire } from "node:module";const require = __weerbaarRequire(import.meta.url);',
    },
  },
])
