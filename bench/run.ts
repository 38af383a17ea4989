// Runs every benchmark module in turn, writes their results to bench/results.json and the table in
// docs/performance.md. Usage: npm run bench   (all)   npm run bench -- sqlite-append   (those whose
// name matches; the others keep their last results).
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"
import { fileURLToPath } from "node:url"
import { type BenchResult, verdict } from "./harness.js"
import { type ResultsFile, writePerformanceTable } from "./table.js"

const here = path.dirname(fileURLToPath(import.meta.url))
const modules = [
  "sqlite-append",
  "sqlite-decide-append",
  "sqlite-rebuild",
  "cli-cold-start",
  "http-commands",
  "allowed-actions",
  "network-scale",
]
const only = process.argv.slice(2)
const resultsFile = path.join(here, "results.json")

const results: Array<BenchResult & { measuredAt: string }> = []
for (const name of modules.filter((m) => only.length === 0 || only.some((o) => m.includes(o)))) {
  const bench = (await import(`./${name}.ts`)) as { run: () => Promise<BenchResult> }
  const result = await bench.run()
  results.push({ ...result, measuredAt: new Date().toISOString() })
  const { met, missed } = verdict(result)
  console.log(
    `${result.name}: ratio ${result.ratio.toFixed(3)} (goal ≥ ${result.goal}${(result.alsoRequired ?? []).map((g) => `; ${g.goal}`).join("")}): ${met ? "met" : `missed: ${missed.join(", ")}`}`,
  )
  for (const [label, value] of Object.entries(result.measured)) console.log(`  ${label}: ${value}`)
  if (result.note !== undefined) console.log(`  note: ${result.note}`)
}

// A partial run keeps the other benchmarks' last results, in the order of `modules`.
const earlier: ResultsFile["results"] = fs.existsSync(resultsFile)
  ? (JSON.parse(fs.readFileSync(resultsFile, "utf8")) as ResultsFile).results
  : []
const byName = new Map([...earlier, ...results].map((r) => [r.name, r]))
const ordered = [
  ...modules.flatMap((m) => (byName.has(m) ? [byName.get(m)!] : [])),
  ...[...byName.values()].filter((r) => !modules.includes(r.name)),
]
const machine = { node: process.version, cpus: os.cpus().length, cpu: os.cpus()[0]?.model, platform: process.platform }
const file: ResultsFile = { measuredAt: new Date().toISOString(), machine, results: ordered }
fs.writeFileSync(resultsFile, `${JSON.stringify(file, null, 2)}\n`)
writePerformanceTable(path.join(here, "..", "docs", "performance.md"), file)
console.log("bench/results.json and the table in docs/performance.md written")
