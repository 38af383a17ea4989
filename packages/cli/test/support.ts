import { spawnSync } from "node:child_process"
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"
import { fileURLToPath } from "node:url"
import { Either, Schema } from "effect"

const bin = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "bin", "weerbaar.js")
const built = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "dist", "cli", "main.js")

/** What a run of the built CLI left: exit code, stdout, stderr. */
export interface Run {
  readonly code: number
  readonly stdout: string
  readonly stderr: string
}

/**
 * Runs the built `weerbaar` bin in `cwd` as a subprocess, its output piped, with the environment
 * changed by `env` (a variable set to `undefined` is removed).
 */
export const weerbaarIn = (
  env: Readonly<Record<string, string | undefined>>,
  cwd: string,
  ...args: ReadonlyArray<string>
): Run => {
  if (!fs.existsSync(built)) throw new Error("packages/cli/dist/cli/main.js is missing: run `npm run build` first")
  const environment = Object.assign({}, process.env, env)
  for (const [name, value] of Object.entries(env)) if (value === undefined) delete environment[name]
  const result = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: "utf8", env: environment })
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr }
}

/** Runs the built `weerbaar` bin in `cwd` as a subprocess, with `NO_COLOR` set. */
export const weerbaar = (cwd: string, ...args: ReadonlyArray<string>): Run =>
  weerbaarIn({ NO_COLOR: "1" }, cwd, ...args)

/** A fresh temporary folder for a test's stores. */
export const tempFolder = (): string => fs.mkdtempSync(path.join(os.tmpdir(), "weerbaar-cli-"))

/** Parses a run's stdout as JSON and checks it against the documented shape. */
export const jsonOf = <A, I>(run: Run, shape: Schema.Schema<A, I>): A => {
  const parsed = Schema.decodeUnknownEither(Schema.parseJson(shape))(run.stdout)
  if (Either.isLeft(parsed)) throw new Error(`output does not match its shape: ${parsed.left.message}\n${run.stdout}`)
  return parsed.right
}
