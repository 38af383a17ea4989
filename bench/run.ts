// Runs every benchmark module in turn and writes their results to bench/results.json.
// Usage: npm run bench            (all)      npm run bench -- sqlite-append   (those whose name matches)
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"
import { fileURLToPath } from "node:url"
import type { BenchResult } from "./harness.js"

const here = path.dirname(fileURLToPath(import.meta.url))
const modules = ["sqlite-append", "sqlite-rebuild", "cli-cold-start", "http-commands"]
const only = process.argv.slice(2)

const results: Array<BenchResult> = []
for (const name of modules.filter((m) => only.length === 0 || only.some((o) => m.includes(o)))) {
  const bench = (await import(`./${name}.ts`)) as { run: () => Promise<BenchResult> }
  const result = await bench.run()
  results.push(result)
  console.log(`${result.name}: ratio ${result.ratio.toFixed(2)} (goal ≥ ${result.goal})`)
  for (const [label, value] of Object.entries(result.measured)) console.log(`  ${label}: ${value}`)
  if (result.note !== undefined) console.log(`  note: ${result.note}`)
}

const machine = { node: process.version, cpus: os.cpus().length, cpu: os.cpus()[0]?.model, platform: process.platform }
fs.writeFileSync(
  path.join(here, "results.json"),
  `${JSON.stringify({ measuredAt: new Date().toISOString(), machine, results }, null, 2)}\n`,
)
