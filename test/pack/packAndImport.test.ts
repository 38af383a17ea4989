// Each package as a user gets it: `npm pack` of the built package, installed from the tarballs in a
// fresh project outside the repository, imported through ESM and CommonJS, its types resolving for
// an ESM and a CommonJS consumer under `nodenext`, and the `weerbaar` bin starting.
import { execFile } from "node:child_process"
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { promisify } from "node:util"
import { afterAll, beforeAll, describe, expect, it } from "vitest"

const root = fileURLToPath(new URL("../..", import.meta.url))
const packages = [
  {
    name: "@weerbaar/core",
    folder: "core",
    exports: [
      "Kernel",
      "Governance",
      "Store",
      "Route",
      "Programme",
      "Practice",
      "Milestone",
      "Handover",
      "Information",
      "Health",
    ],
  },
  { name: "@weerbaar/adapters-sqlite", folder: "adapters-sqlite", exports: ["SqliteStore", "SqliteStoreAdmin"] },
  {
    name: "@weerbaar/adapters-http",
    folder: "adapters-http",
    exports: ["WeerbaarApi", "serveWeerbaar", "makeWeerbaarClient"],
  },
  { name: "@weerbaar/cli", folder: "cli", exports: ["main"] },
] as const

let work: string
let consumer: string
// Asynchronous, so that the test runner's worker stays responsive during a long install.
const run = async (command: string, args: ReadonlyArray<string>, cwd: string) =>
  (await promisify(execFile)(command, args, { cwd, encoding: "utf8", timeout: 150_000 })).stdout

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), "weerbaar-pack-"))
  const tarballs = join(work, "tarballs")
  consumer = join(work, "consumer")
  mkdirSync(tarballs)
  mkdirSync(consumer)
  for (const p of packages) {
    await run("npm", ["pack", "--silent", "--pack-destination", tarballs], join(root, "packages", p.folder))
  }
  writeFileSync(join(consumer, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }))
  // The tarballs' third-party dependencies (effect, @effect/*, better-sqlite3) come from the npm cache
  // that `npm ci` filled, or else from the registry: this step may download. --ignore-scripts skips
  // compiling better-sqlite3 from source (about two minutes): only imports and types are checked here,
  // and better-sqlite3 loads its native binding when a database is opened, not when it is imported.
  await run(
    "npm",
    [
      "install",
      ...readdirSync(tarballs).map((f) => join(tarballs, f)),
      "--no-audit",
      "--no-fund",
      "--ignore-scripts",
      "--prefer-offline",
      "--no-package-lock",
    ],
    consumer,
  )
}, 180_000)

/** The first fenced block of `language` after `heading` in the repository's README. */
const readmeBlock = (heading: string, language: string): string => {
  const readme = readFileSync(join(root, "README.md"), "utf8")
  const section = readme.slice(readme.indexOf(heading))
  const match = new RegExp("```" + language + "\\n([\\s\\S]*?)```").exec(section)
  if (match === null) throw new Error(`no ${language} block after ${heading} in README.md`)
  return match[1]!
}

afterAll(() => {
  if (work !== undefined) rmSync(work, { recursive: true, force: true })
})

describe("the published packages", () => {
  it("each tarball holds its dist, README.md, LICENSE and package.json, and no sources", async () => {
    for (const p of packages) {
      const listed = JSON.parse(
        await run("npm", ["pack", "--dry-run", "--json"], join(root, "packages", p.folder)),
      ) as [{ files: Array<{ path: string }> }]
      const files = listed[0].files.map((f) => f.path)
      expect(files).toEqual(expect.arrayContaining(["README.md", "LICENSE", "package.json", "dist/index.js"]))
      expect(files).toEqual(expect.arrayContaining(["dist/index.cjs"]))
      if (p.folder === "core") {
        expect(files).toEqual(
          expect.arrayContaining(["dist/dts/index.d.ts", "dist/dts/Route.d.ts", "dist/Route.js", "dist/Route.cjs"]),
        )
        expect(files).toEqual(expect.arrayContaining(["dist/testing/index.js", "dist/dts/testing/index.d.ts"]))
      } else {
        expect(files).toEqual(expect.arrayContaining(["dist/index.d.ts", "dist/index.d.cts"]))
      }
      expect(files.filter((f) => f.startsWith("src/") || f.startsWith("test/"))).toEqual([])
    }
  })

  const importVia = async (p: (typeof packages)[number], kind: "module" | "commonjs") => {
    const names = JSON.stringify(p.exports)
    const load = kind === "module" ? `await import(${JSON.stringify(p.name)})` : `require(${JSON.stringify(p.name)})`
    const output = await run(
      process.execPath,
      [`--input-type=${kind}`, "-e", `const m = ${load}; console.log(JSON.stringify(${names}.map((n) => n in m)))`],
      consumer,
    )
    return JSON.parse(output) as Array<boolean>
  }

  for (const p of packages) {
    it(`${p.name} imports through ESM`, async () => {
      expect(await importVia(p, "module")).toEqual(p.exports.map(() => true))
    })
  }
  for (const p of packages) {
    it(`${p.name} imports through CommonJS`, async () => {
      expect(await importVia(p, "commonjs")).toEqual(p.exports.map(() => true))
    })
  }

  for (const kind of ["module", "commonjs"] as const) {
    it(`a namespace's own entry gives the same functions and classes as the root's namespace (${kind})`, async () => {
      const load = (name: string) => (kind === "module" ? `await import("${name}")` : `require("${name}")`)
      const output = await run(
        process.execPath,
        [
          `--input-type=${kind}`,
          "-e",
          [
            `const core = ${load("@weerbaar/core")}`,
            `const route = ${load("@weerbaar/core/Route")}`,
            `const governance = ${load("@weerbaar/core/Governance")}`,
            "console.log(JSON.stringify([route.routeDecider === core.Route.routeDecider, route.SubmitItem === core.Route.SubmitItem, governance.samenWeerbaar === core.Governance.samenWeerbaar]))",
          ].join(";"),
        ],
        consumer,
      )
      expect(JSON.parse(output)).toEqual([true, true, true])
    })
  }

  it("resolves the types for an ESM and a CommonJS consumer under nodenext, and names them in its own declarations", async () => {
    const uses = [
      'import { Governance } from "@weerbaar/core"',
      'import * as Route from "@weerbaar/core/Route"',
      'import { SqliteStore } from "@weerbaar/adapters-sqlite"',
      'import { makeWeerbaarClient, type WeerbaarClient } from "@weerbaar/adapters-http"',
      'import { main } from "@weerbaar/cli"',
      "export const model: Governance.GovernanceModel = Governance.samenWeerbaar()",
      // Inferred, so the consumer's declarations must name core's types by a public path.
      "export const submit = (itemId: string) => new Route.SubmitItem({ itemId: Route.ItemId.make(itemId) })",
      "export const decider = Route.routeDecider",
      'export const layer = SqliteStore.layer({ filename: "weerbaar.db" })',
      'export const client = makeWeerbaarClient({ baseUrl: "http://127.0.0.1:8080", token: "wbr.x.y" })',
      "export type Client = WeerbaarClient",
      "export const run: typeof main = main",
      // A wrong use must fail, so that a passing check means the types were read, not skipped.
      "// @ts-expect-error the programme's name is a string",
      "export const wrong: number = model.programme.name",
    ].join("\n")
    writeFileSync(join(consumer, "esm.mts"), uses)
    writeFileSync(join(consumer, "cjs.cts"), uses)
    writeFileSync(
      join(consumer, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: {
          module: "nodenext",
          moduleResolution: "nodenext",
          target: "es2022",
          strict: true,
          declaration: true,
          emitDeclarationOnly: true,
          outDir: "declarations",
          skipLibCheck: true,
          types: [],
        },
        files: ["esm.mts", "cjs.cts"],
      }),
    )
    let output = ""
    try {
      output = await run(
        process.execPath,
        [join(root, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.json"],
        consumer,
      )
    } catch (error) {
      output = `${(error as { stdout?: string }).stdout ?? ""}${(error as { stderr?: string }).stderr ?? error}`
    }
    expect(output).toBe("")
  })

  it("@weerbaar/core/testing gives the store contract suites, the programme scenarios and given/when/then; the root gives none of them, nor internals", async () => {
    const output = await run(
      process.execPath,
      [
        "--input-type=module",
        "-e",
        [
          'const testing = await import("@weerbaar/core/testing")',
          'const core = await import("@weerbaar/core")',
          "const names = ['eventStoreContract', 'readModelContract', 'readModelContractModels', 'programmeScenarios', 'given']",
          "const hidden = ['eventStoreContract', 'programmeScenarios', 'given', 'decidedEvent', 'rememberAppended']",
          "const everywhere = [core, ...Object.values(core)]",
          'let internal = "refused"',
          'try { await import("@weerbaar/core/internal/decidedEvent.js"); internal = "importable" } catch {}',
          "console.log(JSON.stringify({ testing: names.filter((n) => n in testing), root: hidden.filter((n) => everywhere.some((m) => n in m)), internal }))",
        ].join("\n"),
      ],
      consumer,
    )
    expect(JSON.parse(output)).toEqual({
      testing: ["eventStoreContract", "readModelContract", "readModelContractModels", "programmeScenarios", "given"],
      root: [],
      internal: "refused",
    })
    // Every declaration the root and its namespaces reach: all of dist/dts but the testing entry
    // and the internals (which the exports map refuses, as checked above).
    const dts = join(consumer, "node_modules/@weerbaar/core/dist/dts")
    const declarations = readdirSync(dts, { recursive: true, encoding: "utf8" })
      .filter((f) => f.endsWith(".d.ts") && !f.startsWith("testing") && !f.startsWith("internal"))
      .map((f) => readFileSync(join(dts, f), "utf8"))
      .join("\n")
    for (const name of [
      "RouteOptions",
      "rememberAppended",
      "decidedEvent",
      "eventStoreContract",
      "programmeScenarios",
      "known?:",
      "holds?:",
    ]) {
      expect(declarations, name).not.toContain(name)
    }
  })

  it("the README's example runs where @weerbaar/core is installed with effect 3", async () => {
    writeFileSync(join(consumer, "readme.ts"), readmeBlock("## The governance model in a few lines", "ts"))
    const output = await run(process.execPath, ["readme.ts"], consumer)
    expect(output).toContain("[ 'voorzitter-dvo', 'secretaris-dvo' ]")
    expect(output).toContain("routes.0")
  })

  it("npm refuses to install @weerbaar/core next to effect 4, naming the peer range", async () => {
    const fresh = join(work, "effect4")
    mkdirSync(fresh)
    writeFileSync(join(fresh, "package.json"), JSON.stringify({ name: "fresh", private: true, type: "module" }))
    const core = readdirSync(join(work, "tarballs")).find((f) => f.startsWith("weerbaar-core-"))!
    const refusal = await run(
      "npm",
      ["install", join(work, "tarballs", core), "effect@4", "--dry-run", "--no-audit", "--no-fund", "--prefer-offline"],
      fresh,
    ).then(
      () => "installed",
      (error: { stderr?: string }) => error.stderr ?? "",
    )
    expect(refusal).toContain("ERESOLVE")
    expect(refusal).toContain('peer effect@"^3.22.0"')
  })

  it("installs the weerbaar bin, which starts", async () => {
    const help = await run(
      process.execPath,
      [join(consumer, "node_modules/@weerbaar/cli/bin/weerbaar.js"), "--help"],
      consumer,
    )
    expect(help).toContain("weerbaar")
    expect(await run("ls", [join(consumer, "node_modules/.bin")], consumer)).toContain("weerbaar")
  })
})
