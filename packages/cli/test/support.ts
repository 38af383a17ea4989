import { spawn, spawnSync } from "node:child_process"
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"
import { fileURLToPath } from "node:url"
import { Governance, Kernel } from "@weerbaar/core"
import { firstDayOfThePlan } from "@weerbaar/core/testing"
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

/**
 * Runs the built `weerbaar` bin like {@link weerbaar}, without blocking the test's worker: for a
 * test that runs many commands in a row.
 */
export const weerbaarAsync = (cwd: string, ...args: ReadonlyArray<string>): Promise<Run> =>
  new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd, env: { ...process.env, NO_COLOR: "1" } })
    let stdout = ""
    let stderr = ""
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk
    })
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk
    })
    child.on("close", (code) => resolve({ code: code ?? -1, stdout, stderr }))
  })

/** A fresh temporary folder for a test's stores. */
export const tempFolder = (): string => fs.mkdtempSync(path.join(os.tmpdir(), "weerbaar-cli-"))

/** Parses a run's stdout as JSON and checks it against the documented shape. */
export const jsonOf = <A, I>(run: Run, shape: Schema.Schema<A, I>): A => {
  const parsed = Schema.decodeUnknownEither(Schema.parseJson(shape))(run.stdout)
  if (Either.isLeft(parsed)) throw new Error(`output does not match its shape: ${parsed.left.message}\n${run.stdout}`)
  return parsed.right
}

/**
 * Founds a store on `model` (the Samen Weerbaar preset when not given) and has its rule book come
 * into force as the plan says, through the CLI: `init`, the Stuurgroep drafts and submits the
 * programme plan proposing that model, the DVO approves it, and `model adopt` cites the decision.
 * All on the first day someone acts for each body of the plan's route, so acts from then on are
 * judged by the model. `initArgs` go to `init` (`--signing-key`, …).
 */
export const initDecided = (
  cwd: string,
  options: {
    readonly db?: string
    readonly model?: Governance.GovernanceModel
    readonly initArgs?: ReadonlyArray<string>
  } = {},
): void => {
  const model = options.model ?? Governance.samenWeerbaar()
  const file = path.join(cwd, `plan-${Date.now()}-${Math.random().toString(36).slice(2)}.json`)
  fs.writeFileSync(file, JSON.stringify(Schema.encodeSync(Governance.GovernanceModel)(model)))
  const day = firstDayOfThePlan(model)
  const route = model.routes.find((r) => r.item === "programmaplan")
  if (route === undefined || !("body" in route.drafter))
    throw new Error("the model has no programme plan drafted by one body")
  const actorFor = (body: string) =>
    Governance.actorsFor(model, Governance.BodyId.make(body), Kernel.calendarDate(day))[0] ?? "nobody"
  const db = options.db === undefined ? [] : ["--db", options.db]
  const must = (...args: ReadonlyArray<string>) => {
    const run = weerbaar(cwd, ...db, ...args)
    if (run.code !== 0) throw new Error(`weerbaar ${args.join(" ")} failed (${run.code}): ${run.stderr}${run.stdout}`)
  }
  must("init", "--model", file, ...(options.initArgs ?? []))
  const drafter = actorFor(route.drafter.body)
  must(
    "plan",
    "draft",
    "programmaplan",
    "--as",
    drafter,
    "--body",
    route.drafter.body,
    "--title",
    "Programmaplan",
    "--model",
    file,
  )
  must("plan", "submit", "programmaplan", "--as", drafter, "--date", day)
  let decision = ""
  for (const [i, step] of route.steps.entries()) {
    decision = `programmaplan-besluit-${i + 1}`
    const outcome = step.outcomes.includes("accord") ? "accord" : "approve"
    must(
      "plan",
      "decide",
      "programmaplan",
      "--as",
      actorFor(step.body),
      "--body",
      step.body,
      "--outcome",
      outcome,
      "--date",
      day,
      "--rationale",
      "Het programmaplan is vastgesteld.",
      "--decision-id",
      decision,
    )
  }
  const deciding = route.steps[route.steps.length - 1]!.body
  must("model", "adopt", file, "--as", actorFor(deciding), "--item", "programmaplan", "--decision", decision)
}
