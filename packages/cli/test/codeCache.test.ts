import { spawn, spawnSync } from "node:child_process"
import { createHash } from "node:crypto"
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"
import { describe, expect, it } from "vitest"
import { cacheDirectory } from "../src/startup/codeCache.js"

// The bin compiles its bundle with a V8 code cache in a per-user directory. Whatever state that
// directory is in, a run must behave exactly as a run without it.

const bin = path.join(import.meta.dirname, "..", "dist", "bin.js")

interface Run {
  readonly code: number | null
  readonly stdout: string
  readonly stderr: string
}

const run = (env: NodeJS.ProcessEnv, ...args: ReadonlyArray<string>): Run => {
  const result = spawnSync(process.execPath, [bin, ...args], {
    encoding: "utf8",
    env: { ...process.env, NODE_DISABLE_COMPILE_CACHE: "", ...env },
  })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

const runAsync = (env: NodeJS.ProcessEnv, ...args: ReadonlyArray<string>): Promise<Run> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], {
      env: { ...process.env, NODE_DISABLE_COMPILE_CACHE: "", ...env },
    })
    let stdout = ""
    let stderr = ""
    child.stdout.on("data", (chunk) => {
      stdout += chunk
    })
    child.stderr.on("data", (chunk) => {
      stderr += chunk
    })
    child.on("error", reject)
    child.on("close", (code) => resolve({ code, stdout, stderr }))
  })

const fresh = () => fs.mkdtempSync(path.join(os.tmpdir(), "weerbaar-cache-"))

/** The cache files under an XDG_CACHE_HOME, with a digest of their contents. */
const cacheFiles = (home: string): Map<string, string> => {
  const dir = path.join(home, "weerbaar", `v8-${process.version}-${process.arch}`)
  if (!fs.existsSync(dir)) return new Map()
  const digest = (name: string) =>
    createHash("sha256")
      .update(fs.readFileSync(path.join(dir, name)))
      .digest("hex")
  return new Map(fs.readdirSync(dir).map((name) => [name, digest(name)]))
}

const reference = run({ NODE_DISABLE_COMPILE_CACHE: "1" }, "--help")

describe("the code cache of the bin", () => {
  it("is written on the first run and used, unchanged, by the next", () => {
    const home = fresh()
    expect(reference.code).toBe(0)
    expect(run({ XDG_CACHE_HOME: home }, "--help")).toEqual(reference)
    const written = cacheFiles(home)
    expect([...written.keys()].some((name) => name.startsWith("main.cjs-") && name.endsWith(".cache"))).toBe(true)
    expect(run({ XDG_CACHE_HOME: home }, "--help")).toEqual(reference)
    expect(cacheFiles(home)).toEqual(written)
  })

  it("gives the same failures and exit codes", () => {
    const home = fresh()
    const without = run({ NODE_DISABLE_COMPILE_CACHE: "1" }, "proposal", "show")
    expect(without.code).toBe(2)
    expect(run({ XDG_CACHE_HOME: home }, "proposal", "show")).toEqual(without)
    expect(run({ XDG_CACHE_HOME: home }, "proposal", "show")).toEqual(without)
  })

  it("replaces a corrupt cache silently", () => {
    const home = fresh()
    run({ XDG_CACHE_HOME: home }, "--help")
    const dir = path.join(home, "weerbaar", `v8-${process.version}-${process.arch}`)
    for (const name of fs.readdirSync(dir)) fs.writeFileSync(path.join(dir, name), "not a code cache")
    expect(run({ XDG_CACHE_HOME: home }, "--help")).toEqual(reference)
    const garbage = createHash("sha256").update("not a code cache").digest("hex")
    for (const digest of cacheFiles(home).values()) expect(digest).not.toBe(garbage)
    expect(run({ XDG_CACHE_HOME: home }, "--help")).toEqual(reference)
  })

  it("works without a writable cache directory, and when switched off", () => {
    const home = fresh()
    const file = path.join(home, "a-file")
    fs.writeFileSync(file, "")
    expect(run({ XDG_CACHE_HOME: file }, "--help")).toEqual(reference)
    expect(run({ XDG_CACHE_HOME: home, NODE_DISABLE_COMPILE_CACHE: "1" }, "--help")).toEqual(reference)
    expect(cacheFiles(home).size).toBe(0)
  })

  it("survives concurrent first runs: every run is right and the cache is whole", async () => {
    const home = fresh()
    const runs = await Promise.all([1, 2, 3, 4].map(() => runAsync({ XDG_CACHE_HOME: home }, "--help")))
    for (const r of runs) expect(r).toEqual(reference)
    const dir = path.join(home, "weerbaar", `v8-${process.version}-${process.arch}`)
    expect(fs.readdirSync(dir).filter((name) => !name.endsWith(".cache"))).toEqual([])
    const written = cacheFiles(home)
    expect(run({ XDG_CACHE_HOME: home }, "--help")).toEqual(reference)
    expect(cacheFiles(home)).toEqual(written)
  })

  it("removes files earlier versions left, when it writes", () => {
    const home = fresh()
    const dir = path.join(home, "weerbaar", `v8-${process.version}-${process.arch}`)
    fs.mkdirSync(dir, { recursive: true })
    const old = new Date(Date.now() - 40 * 24 * 60 * 60 * 1000)
    for (const name of ["main.cjs-0123.cache", "main.cjs-0123.cache.1.2.tmp"]) {
      fs.writeFileSync(path.join(dir, name), "")
      fs.utimesSync(path.join(dir, name), old, old)
    }
    expect(run({ XDG_CACHE_HOME: home }, "--help")).toEqual(reference)
    expect(fs.readdirSync(dir).filter((name) => name.includes("0123"))).toEqual([])
  })

  it("lives in the user's cache directory", () => {
    const key = `v8-${process.version}-${process.arch}`
    expect(cacheDirectory({ XDG_CACHE_HOME: "/somewhere" })).toBe(path.join("/somewhere", "weerbaar", key))
    expect(cacheDirectory({ XDG_CACHE_HOME: "relative" })).not.toContain("relative")
    expect(cacheDirectory({ NODE_DISABLE_COMPILE_CACHE: "1", XDG_CACHE_HOME: "/somewhere" })).toBeUndefined()
    for (const dir of [cacheDirectory({}), cacheDirectory({ XDG_CACHE_HOME: "" })]) {
      expect(dir === undefined || path.isAbsolute(dir)).toBe(true)
    }
  })

  it("never writes into the working directory when there is no home", () => {
    const cwd = fresh()
    const result = spawnSync(process.execPath, [bin, "--help"], {
      cwd,
      encoding: "utf8",
      env: { ...process.env, HOME: "", XDG_CACHE_HOME: "", NODE_DISABLE_COMPILE_CACHE: "" },
    })
    expect({ code: result.status, stdout: result.stdout, stderr: result.stderr }).toEqual(reference)
    expect(fs.readdirSync(cwd)).toEqual([])
  })
})
