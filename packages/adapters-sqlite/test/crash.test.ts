import { type ChildProcess, spawn } from "node:child_process"
import * as fs from "node:fs"
import * as path from "node:path"
import { fileURLToPath } from "node:url"
import { assert, describe, it } from "@effect/vitest"
import Database from "better-sqlite3"
import { build } from "esbuild"
import { Kernel, Store } from "@weerbaar/core"
import { readModelContractModels } from "@weerbaar/core/testing"
import { Effect } from "effect"
import { event, openStore, storeFile, withStore } from "./support/storeOf.js"
import { tempFolder } from "./support/tempFiles.js"

const here = path.dirname(fileURLToPath(import.meta.url))
const repositoryRoot = path.resolve(here, "../../..")
const writerScript = path.join(here, "support", "crashWriter.ts")

// The writer is bundled from the sources once: a process that starts in a fraction of a second
// (tsx needs seconds) lets the test kill it ten times quickly. It lives inside the repository so
// that it finds better-sqlite3, the one module left out of the bundle.
const bundledWriter = Effect.acquireRelease(
  Effect.promise(async () => {
    const folder = fs.mkdtempSync(path.join(repositoryRoot, "node_modules", ".weerbaar-crash-writer-"))
    const outfile = path.join(folder, "crashWriter.mjs")
    await build({
      entryPoints: [writerScript],
      outfile,
      bundle: true,
      platform: "node",
      format: "esm",
      target: "node20",
      conditions: ["@weerbaar/source"],
      external: ["better-sqlite3"],
      logLevel: "error",
    })
    return outfile
  }),
  (outfile) => Effect.sync(() => fs.rmSync(path.dirname(outfile), { recursive: true, force: true })),
)

const startWriter = (script: string, filename: string, writer: string) =>
  Effect.async<ChildProcess, Error>((resume) => {
    const child = spawn(process.execPath, [script, filename, writer], {
      cwd: repositoryRoot,
      stdio: ["ignore", "pipe", "pipe"],
    })
    let errors = ""
    child.stderr?.on("data", (chunk) => {
      errors += String(chunk)
    })
    child.stdout?.on("data", (chunk) => {
      if (String(chunk).includes("ready")) resume(Effect.succeed(child))
    })
    child.on("exit", (code) => resume(Effect.fail(new Error(`writer stopped with ${code} before writing: ${errors}`))))
  })

const killHard = (child: ChildProcess) =>
  Effect.async<void>((resume) => {
    child.once("exit", () => resume(Effect.void))
    child.kill("SIGKILL")
  })

const integrityOf = (filename: string) => {
  const db = new Database(filename)
  try {
    return db.pragma("integrity_check", { simple: true })
  } finally {
    db.close()
  }
}

/** Every command's events, found by correlation id, are all there: none was half-written. */
const halfWrittenCommands = (events: ReadonlyArray<Store.StoredEvent>) => {
  const byCommand = new Map<string, Array<Store.StoredEvent>>()
  for (const e of events) {
    const command = e.metadata.correlationId
    if (command === undefined) continue
    byCommand.set(command, [...(byCommand.get(command) ?? []), e])
  }
  return [...byCommand].filter(([, stored]) => {
    const of = (stored[0]!.payload as { of: number }).of
    return stored.length !== 2 * of
  })
}

describe("a writer killed mid-stream", () => {
  it.scopedLive(
    "leaves after every one of ten kills an intact file, an intact chain and no half-written command",
    () =>
      Effect.gen(function* () {
        const script = yield* bundledWriter
        const filename = storeFile(yield* tempFolder)
        const models = readModelContractModels
        // A second process appends beside the writer, so both wait for each other's write lock.
        const neighbour = yield* openStore(filename, models)
        let neighbourVersion = 0
        for (let kill = 1; kill <= 10; kill++) {
          // Killed in any case, also when an assertion below fails first.
          const writer = yield* Effect.acquireRelease(startWriter(script, filename, `writer-${kill}`), (child) =>
            child.exitCode === null && child.signalCode === null ? killHard(child) : Effect.void,
          )
          for (let i = 0; i < 3; i++) {
            yield* neighbour.events.append(
              [
                {
                  streamId: "neighbour",
                  expectedVersion: neighbourVersion,
                  events: [event("NeighbourNoted", { kill, i })],
                },
              ],
              {},
            )
            neighbourVersion++
            yield* Effect.sleep(`${10 + Math.floor(Math.random() * 60)} millis`)
          }
          yield* killHard(writer)
          assert.strictEqual(integrityOf(filename), "ok", `integrity after kill ${kill}`)
          yield* withStore(
            filename,
            ({ events, readModels }) =>
              Effect.gen(function* () {
                const verification = yield* events.verify
                assert.isTrue(verification.intact, `chain after kill ${kill}: ${JSON.stringify(verification)}`)
                const all = yield* events.readAll()
                assert.deepStrictEqual(halfWrittenCommands(all), [], `commands after kill ${kill}`)
                assert.isAbove(all.filter((e) => e.metadata.actor === `writer-${kill}`).length, 0)
                const expected = new Map<string, Map<string, unknown>>()
                Store.projectInto(expected, models, all)
                for (const model of models) {
                  const kept = yield* readModels.query(model, { limit: 500 })
                  const reference = [...(expected.get(model.name) ?? new Map())]
                    .sort(([a], [b]) => (a < b ? -1 : 1))
                    .map(([key, row]) => ({ key, row }))
                  assert.strictEqual(
                    Kernel.canonicalJson(kept.rows),
                    Kernel.canonicalJson(reference),
                    `${model.name} after kill ${kill}`,
                  )
                }
              }),
            models,
          )
        }
        assert.strictEqual(yield* neighbour.events.streamVersion("neighbour"), 30)
      }),
    60_000,
  )
})
