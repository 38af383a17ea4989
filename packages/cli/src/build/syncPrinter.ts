import * as fs from "node:fs/promises"
import * as path from "node:path"
import { fileURLToPath } from "node:url"
import type { Plugin } from "esbuild"

// An esbuild plugin for the bin's bundle: it puts the synchronous optimize, layout and ANSI render of
// src/printer/syncPrinter.ts in place of @effect/printer's and @effect/printer-ansi's Effect-based
// ones (see there why). Each patch replaces one exported line of the library's ESM build and keeps
// the rest of the module; if a line is not found (another version of the library), the build fails,
// so the patch is never silently lost or applied to code it was not written for.

const runtime = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "printer", "syncPrinter.ts")

interface Patch {
  readonly file: string
  readonly stock: string
  readonly replacement: string
}

const patches: ReadonlyArray<Patch> = [
  {
    file: "@effect/printer/dist/esm/internal/optimize.js",
    stock: "export const optimize = /*#__PURE__*/dual(2, (self, depth) => Effect.runSync(optimizeSafe(self, depth)));",
    replacement:
      "export const optimize = /*#__PURE__*/dual(2, (self, depth) => __weerbaarPrinter.optimize(self, depth, InternalDoc, (doc, depth) => Effect.runSync(optimizeSafe(doc, depth))));",
  },
  {
    file: "@effect/printer/dist/esm/internal/layout.js",
    stock:
      "export const wadlerLeijen = /*#__PURE__*/dual(3, (self, fits, options) => Effect.runSync(wadlerLeijenSafe(InternalPipeline.cons(0, self, InternalPipeline.nil), 0, 0, fits, options)));",
    replacement:
      "export const wadlerLeijen = /*#__PURE__*/dual(3, (self, fits, options) => __weerbaarPrinter.wadlerLeijen(self, fits, options, InternalDocStream));",
  },
  {
    file: "@effect/printer-ansi/dist/esm/internal/ansiRender.js",
    stock: "export const renderStream = self => Effect.runSync(renderSafe(self, List.of(InternalAnsi.none)));",
    replacement: "export const renderStream = self => __weerbaarPrinter.renderAnsi(self, InternalAnsi);",
  },
]

const normalise = (file: string): string => file.split(path.sep).join("/")

/** The plugin; the build fails unless every patch was applied. */
export const syncPrinter = (): Plugin => ({
  name: "weerbaar-sync-printer",
  setup(build) {
    const applied = new Set<string>()
    build.onStart(() => {
      applied.clear()
    })
    build.onLoad(
      { filter: /[\\/]@effect[\\/]printer(-ansi)?[\\/]dist[\\/]esm[\\/]internal[\\/]\w+\.js$/ },
      async (args) => {
        const patch = patches.find((p) => normalise(args.path).endsWith(`/node_modules/${p.file}`))
        if (patch === undefined) return undefined
        const source = await fs.readFile(args.path, "utf8")
        if (!source.includes(patch.stock)) {
          return { errors: [{ text: `${patch.file} changed: the synchronous printer patch no longer applies` }] }
        }
        applied.add(patch.file)
        return {
          contents: `import * as __weerbaarPrinter from ${JSON.stringify(runtime)};\n${source.replace(patch.stock, patch.replacement)}`,
          loader: "js",
          resolveDir: path.dirname(args.path),
        }
      },
    )
    build.onEnd((result) => {
      if (result.errors.length > 0) return undefined
      const missing = patches.filter((p) => !applied.has(p.file)).map((p) => p.file)
      return missing.length === 0
        ? undefined
        : { errors: [{ text: `the synchronous printer patch was not applied to ${missing.join(", ")}` }] }
    })
  },
})
