// The cold start of `weerbaar --help` (the bin and the built command) against a bare `node -e ""` in the same run.
// The bin turns on Node's compile cache (`module.enableCompileCache()`), which its first run fills:
// the untimed first run below fills it, as a user's first run does, and the median is of the starts
// after it. The median of starts without the cache is measured beside it, for reference.
import { execFileSync } from "node:child_process"
import * as fs from "node:fs"
import * as path from "node:path"
import { fileURLToPath } from "node:url"
import type { BenchResult } from "./harness.js"

const cliPackage = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "packages", "cli")
const bin = path.join(cliPackage, "bin", "weerbaar.js")
const runs = 15
const goalMs = 300

const median = (values: ReadonlyArray<number>) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0

const startMs = (args: ReadonlyArray<string>, env: NodeJS.ProcessEnv = process.env) => {
  const start = performance.now()
  execFileSync(process.execPath, args, { stdio: "ignore", env })
  return performance.now() - start
}

const withoutCodeCache = { ...process.env, NODE_DISABLE_COMPILE_CACHE: "1" }

/** Medians over alternating runs, so that a busy moment of the machine hits both alike. */
export const run = async (): Promise<BenchResult> => {
  if (!fs.existsSync(path.join(cliPackage, "dist", "cli", "main.js"))) {
    throw new Error("packages/cli/dist/cli/main.js is missing: run `npm run build` first")
  }
  const cli: Array<number> = []
  const bare: Array<number> = []
  const uncached: Array<number> = []
  startMs([bin, "--help"])
  for (let i = 0; i < runs; i++) {
    bare.push(startMs(["-e", ""]))
    cli.push(startMs([bin, "--help"]))
    uncached.push(startMs([bin, "--help"], withoutCodeCache))
  }
  const cliMedian = median(cli)
  const bareMedian = median(bare)
  return {
    name: "cli-cold-start",
    ratio: goalMs / cliMedian,
    goal: 1,
    measured: {
      "weerbaar --help median ms": Math.round(cliMedian),
      'node -e "" median ms': Math.round(bareMedian),
      "goal ms": goalMs,
      "times a bare node start": Number((cliMedian / bareMedian).toFixed(2)),
      "without the compile cache median ms": Math.round(median(uncached)),
      runs,
    },
    note: "ratio is the 300 ms goal divided by the median: 1 or more meets the goal; an untimed first run fills Node's compile cache, as a user's first run does",
  }
}
