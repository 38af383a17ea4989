import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"

/** One benchmark's outcome: weerbaar against the raw limit measured in the same run. */
export interface BenchResult {
  readonly name: string
  /** weerbaar's throughput divided by the raw limit's: 1 is as fast as the raw limit. */
  readonly ratio: number
  readonly goal: number
  /** Further goals of the same run (a latency bound, say); the benchmark meets its goal only with all of them. */
  readonly alsoRequired?: ReadonlyArray<{ readonly goal: string; readonly met: boolean }>
  readonly measured: Readonly<Record<string, string | number>>
  readonly note?: string
}

/** Whether a result meets its goal, and which of its further goals it misses. */
export const verdict = (result: BenchResult): { readonly met: boolean; readonly missed: ReadonlyArray<string> } => {
  const missed = [
    ...(result.ratio >= result.goal ? [] : [`ratio ≥ ${result.goal}`]),
    ...(result.alsoRequired ?? []).filter((g) => !g.met).map((g) => g.goal),
  ]
  return { met: missed.length === 0, missed }
}

/** A fresh temporary folder for a benchmark's files; `remove` deletes it. */
export const benchFolder = (name: string) => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), `weerbaar-bench-${name}-`))
  return {
    folder,
    file: (file: string) => path.join(folder, file),
    remove: () => fs.rmSync(folder, { recursive: true, force: true }),
  }
}

/** Milliseconds taken by `work`. */
export const timed = async (work: () => unknown): Promise<number> => {
  const start = performance.now()
  await work()
  return performance.now() - start
}

export const perSecond = (count: number, milliseconds: number) => Math.round((count / milliseconds) * 1000)
