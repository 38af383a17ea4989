import { transform } from "esbuild"
import { defineConfig, type Options } from "tsup"
import { syncPrinter } from "./src/build/syncPrinter.js"
import { withoutFastCheck } from "./src/build/withoutFastCheck.js"

type Plugin = NonNullable<Options["plugins"]>[number]

// esbuild splits ESM output only; this turns each chunk of the CLI bundle into CommonJS afterwards,
// so that the bin can compile the chunks with a V8 code cache (Node 20 caches CommonJS only).
const commonJsChunks: Plugin = {
  name: "weerbaar-commonjs-chunks",
  async renderChunk(code, info) {
    if (info.type !== "chunk" || !info.path.endsWith(".cjs")) return undefined
    const result = await transform(code, {
      format: "cjs",
      platform: "node",
      target: "node20",
      minify: true,
      sourcemap: "external",
      sourcefile: info.path,
      // `import("./chunk.cjs")` becomes `require`: a chunk loads its lazy chunks like its others.
      supported: { "dynamic-import": false },
      logLevel: "silent",
    })
    // import.meta has no CommonJS equivalent: refuse to build rather than ship `undefined`.
    if (result.warnings.length > 0) throw new Error(`${info.path}: ${result.warnings.map((w) => w.text).join("; ")}`)
    return { code: result.code, map: result.map }
  },
}

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
    // The bin is a small ESM loader of dist/cli (Node's modules only): see src/startup/codeCache.ts.
    entry: { bin: "src/bin.ts" },
    format: ["esm"],
    minify: true,
    sourcemap: true,
    target: "node20",
    platform: "node",
    tsconfig: "tsconfig.json",
    outExtension: () => ({ js: ".js" }),
  },
  {
    // The command is one lean bundle: `--help` loads only the parser; the store, the services and the
    // server are chunks loaded by the command that needs them. better-sqlite3 is native: not bundled.
    entry: { main: "src/cli/main.ts" },
    outDir: "dist/cli",
    format: ["esm"],
    splitting: true,
    minify: true,
    sourcemap: true,
    target: "node20",
    platform: "node",
    tsconfig: "tsconfig.json",
    noExternal: [/^(?!better-sqlite3$)/],
    external: ["better-sqlite3"],
    outExtension: () => ({ js: ".cjs" }),
    esbuildPlugins: [syncPrinter(), withoutFastCheck()],
    plugins: [commonJsChunks],
  },
])
