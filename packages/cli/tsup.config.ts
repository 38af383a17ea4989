import { defineConfig } from "tsup"

export default defineConfig([
  {
    entry: ["src/index.ts"],
    format: ["esm", "cjs"],
    dts: { entry: ["src/index.ts"] },
    clean: true,
    sourcemap: true,
    target: "node20",
    tsconfig: "tsconfig.json",
  },
  {
    // The bin is one lean bundle: `--help` loads only the parser; the store, the services and the
    // server are chunks loaded by the command that needs them. better-sqlite3 is native: not bundled.
    entry: { bin: "src/bin.ts" },
    format: ["esm"],
    splitting: true,
    minify: true,
    sourcemap: true,
    target: "node20",
    tsconfig: "tsconfig.json",
    noExternal: [/^(?!better-sqlite3$)/],
    external: ["better-sqlite3"],
    outExtension: () => ({ js: ".js" }),
    // Bundled CommonJS dependencies expect `require`, `__filename` and `__dirname`.
    banner: {
      js: [
        'import { createRequire as __weerbaarRequire } from "node:module";',
        'import { fileURLToPath as __weerbaarPath } from "node:url";',
        "const require = __weerbaarRequire(import.meta.url);",
        "const __filename = __weerbaarPath(import.meta.url);",
        'const __dirname = __weerbaarPath(new URL(".", import.meta.url));',
      ].join("\n"),
    },
  },
])
