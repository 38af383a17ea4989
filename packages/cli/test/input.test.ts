import * as fs from "node:fs"
import * as path from "node:path"
import { beforeAll, describe, expect, it } from "vitest"
import { shapes } from "./shapes.js"
import { jsonOf, type Run, tempFolder, weerbaar } from "./support.js"

let folder = ""
const cli = (...args: ReadonlyArray<string>) => weerbaar(folder, ...args)
const eventCount = () => jsonOf(cli("verify", "--json"), shapes.verify).events

const badInput = (run: Run, says: string) => {
  expect(run.code, `${run.stdout}\n${run.stderr}`).toBe(2)
  expect(run.stderr).toContain(says)
  expect(run.stderr).toMatch(/next:/)
}

beforeAll(() => {
  folder = tempFolder()
  const init = cli("init", "--json")
  expect(init.code, init.stderr).toBe(0)
  expect(jsonOf(init, shapes.init)).toMatchObject({ programme: "Samen Weerbaar", municipalities: 16 }) // the preset of 2016: Rijnwaarden too
})

describe("bad flags and bad values exit 2 with a message and change nothing", () => {
  it("an unknown flag, an unknown command, a bad choice", () => {
    badInput(cli("proposal", "list", "--bogus"), "bogus")
    badInput(cli("frobnicate"), "Invalid subcommand")
    badInput(cli("--lang", "fr", "governance"), "nl, en")
    badInput(
      cli("proposal", "decide", "bv-x", "--body", "dvo", "--outcome", "maybe", "--rationale", "x"),
      "approve, accord",
    )
  })

  it("an invalid id, budget line or date leaves the store as it was", () => {
    const before = eventCount()
    badInput(
      cli(
        "proposal",
        "draft",
        "Bad Id!",
        "--body",
        "eg-ondermijnende-criminaliteit",
        "--title",
        "T",
        "--as",
        "lid-eg-oc-rheden",
      ),
      "item id",
    )
    badInput(
      cli(
        "proposal",
        "draft",
        "bv-1",
        "--body",
        "eg-ondermijnende-criminaliteit",
        "--title",
        "T",
        "--budget",
        "veel geld",
        "--as",
        "lid-eg-oc-rheden",
      ),
      "budget line",
    )
    badInput(
      cli("track", "set", "bp-x", "ede", "--phase", "pilot", "--date", "2016-13-45", "--as", "burgemeester-ede"),
      "not a date",
    )
    badInput(cli("health", "--date", "2016-02-31"), "--date '2016-02-31' is not a date")
    badInput(
      cli("milestone", "deliver", "m-x", "--date", "2017-02-29", "--as", "secretaris-stuurgroep"),
      "--date '2017-02-29' is not a date",
    )
    badInput(cli("proposal", "submit", "bv-1"), "--as")
    expect(eventCount()).toBe(before)
  })

  it("a --db that does not exist is not created", () => {
    badInput(cli("--db", "typo.db", "governance"), "no store")
    expect(fs.existsSync(path.join(folder, "typo.db"))).toBe(false)
  })

  it("a file that is not a weerbaar store is refused and left unchanged", () => {
    fs.writeFileSync(path.join(folder, "notes.db"), "not a database at all")
    badInput(cli("--db", "notes.db", "governance"), "not a weerbaar store")
    expect(fs.readFileSync(path.join(folder, "notes.db"), "utf8")).toBe("not a database at all")
  })

  it("--json errors are JSON too", () => {
    const run = cli("--db", "typo.db", "governance", "--json")
    expect(run.code).toBe(2)
    expect(jsonOf(run, shapes.error).error.kind).toBe("BadInput")
  })

  it("--help works on every command", () => {
    for (const command of [[], ["proposal"], ["proposal", "decide"], ["track", "set"], ["report"], ["demo"]]) {
      const run = cli(...command, "--help")
      expect(run.code, run.stderr).toBe(0)
      expect(run.stdout).toContain("USAGE")
    }
  })

  it("gives shell completions", () => {
    const run = cli("--completions", "bash")
    expect(run.code).toBe(0)
    expect(run.stdout).toContain("weerbaar")
  })
})

describe("store maintenance", () => {
  it("exports, imports into a new store, backs up and issues a token", () => {
    const exported = jsonOf(cli("export", "log.jsonl", "--json"), shapes.exported)
    expect(exported.events).toBeGreaterThan(0)
    const imported = jsonOf(cli("--db", "copy.db", "import", "log.jsonl", "--json"), shapes.imported)
    expect(imported.events).toBe(exported.events)
    expect(jsonOf(cli("--db", "copy.db", "verify", "--json"), shapes.verify).events).toBe(exported.events)
    jsonOf(cli("backup", "backup.db", "--json"), shapes.backup)
    badInput(cli("backup", "backup.db"), "exists already")
    const token = jsonOf(
      cli("token", "create", "--person", "secretaris-dvo", "--as", "secretaris-stuurgroep", "--json"),
      shapes.token,
    )
    expect(token.token).toMatch(/^wbr\./)
  })

  it("refuses to import a tampered log, leaving no store behind", () => {
    const lines = fs.readFileSync(path.join(folder, "log.jsonl"), "utf8").split("\n")
    lines[0] = lines[0]!.replace("Samen Weerbaar", "Samen Zwak")
    fs.writeFileSync(path.join(folder, "tampered.jsonl"), lines.join("\n"))
    badInput(cli("--db", "tampered.db", "import", "tampered.jsonl"), "refused")
    expect(fs.existsSync(path.join(folder, "tampered.db"))).toBe(false)
  })
})
