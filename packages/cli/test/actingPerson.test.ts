import * as fs from "node:fs"
import * as path from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { shapes } from "./shapes.js"
import { jsonOf, tempFolder, weerbaar, initDecided } from "./support.js"

let folder = ""
const cli = (...args: ReadonlyArray<string>) => weerbaar(folder, ...args)
const storeState = () => {
  const verified = jsonOf(cli("verify", "--json"), shapes.verify)
  return { events: verified.events, head: verified.head, bytes: fs.readFileSync(path.join(folder, "weerbaar.db")) }
}

// Every command that acts as a person, each with input that is otherwise fine, so that only --as is wrong.
const actingCommands: ReadonlyArray<ReadonlyArray<string>> = [
  ["proposal", "draft", "bv-nieuw", "--body", "eg-ondermijnende-criminaliteit", "--title", "Nieuw"],
  ["proposal", "edit", "bv-nieuw", "--title", "Anders"],
  ["proposal", "submit", "bv-nieuw"],
  ["proposal", "decide", "bv-nieuw", "--body", "stuurgroep", "--outcome", "approve", "--rationale", "goed"],
  ["proposal", "revoke", "bv-nieuw", "--decision", "b-1", "--body", "stuurgroep", "--rationale", "anders"],
  ["proposal", "withdraw", "bv-nieuw", "--reason", "niet nodig"],
  ["assignment", "draft", "op-nieuw", "--body", "stuurgroep", "--title", "Nieuw"],
  ["assignment", "submit", "op-nieuw"],
  ["plan", "draft", "pp-nieuw", "--body", "stuurgroep", "--title", "Plan"],
  ["adjustment", "submit", "pb-nieuw"],
  ["model", "adopt", "bijstelling.json", "--item", "pb-nieuw", "--decision", "b-2"],
  ["allowed", "bv-nieuw"],
  [
    "best-practice",
    "register",
    "bp-nieuw",
    "--theme",
    "weerbare-overheid",
    "--title",
    "T",
    "--origin",
    "buitenland",
    "--source",
    "s",
  ],
  [
    "best-practice",
    "document",
    "bp-nieuw",
    "--description",
    "d",
    "--context",
    "c",
    "--conditions",
    "c",
    "--agreements",
    "a",
  ],
  ["best-practice", "designate", "bp-nieuw", "--municipality", "ede", "--decision-id", "b-1", "--rationale", "r"],
  ["best-practice", "start-pilot", "bp-nieuw"],
  ["best-practice", "start-execution", "bp-nieuw"],
  ["best-practice", "reject", "bp-nieuw", "--reason", "r"],
  ["best-practice", "stop", "bp-nieuw", "--reason", "r"],
  [
    "best-practice",
    "evaluate",
    "bp-nieuw",
    "--kind",
    "pilot",
    "--method",
    "m",
    "--findings",
    "f",
    "--evidence",
    "goed-beschreven",
    "--by",
    "b",
  ],
  ["track", "set", "bp-nieuw", "ede", "--phase", "pilot"],
  ["track", "exempt", "bp-nieuw", "ede", "--decision-id", "b-1", "--reason", "r"],
  ["meeting", "plan", "sg-1", "--body", "stuurgroep", "--date", "2016-06-01"],
  [
    "written-round",
    "start",
    "r-1",
    "--body",
    "stuurgroep",
    "--title",
    "t",
    "--proposal",
    "p",
    "--deadline",
    "2016-06-15",
  ],
  ["programme", "end", "--decision-id", "e-1", "--rationale", "r"],
  ["milestone", "plan", "m-nieuw", "--title", "T", "--phase", "borgen", "--owner", "stuurgroep", "--due", "2016-01-01"],
  ["milestone", "reschedule", "m-nieuw", "--due", "2016-02-01", "--reason", "r"],
  ["milestone", "deliver", "m-nieuw"],
  ["handover", "create", "ov-nieuw"],
  ["handover", "import", "package.json"],
  ["info", "show", "lob-nieuw"],
  [
    "info",
    "register",
    "lob-nieuw",
    "--kind",
    "netwerkanalyse",
    "--producer",
    "ede",
    "--scope",
    "ede",
    "--theme",
    "hennep",
    "--classification",
    "intern",
    "--title",
    "T",
  ],
  ["info", "deliver", "lob-nieuw", "--title", "T", "--summary", "S"],
  ["info", "revise", "lob-nieuw", "--title", "T", "--summary", "S"],
  ["info", "approve-summary", "lob-nieuw", "--text", "T"],
  ["info", "link", "lob-nieuw", "--practice", "bp-nieuw"],
  ["info", "unlink", "lob-nieuw", "--practice", "bp-nieuw", "--reason", "r"],
  ["health", "confirm", "bv-nieuw", "--organisation", "ede"],
  [
    "health",
    "spend",
    "bv-nieuw",
    "--line",
    "a:ede:2016",
    "--amount",
    "10",
    "--date",
    "2016-01-01",
    "--description",
    "d",
  ],
  ["token", "create", "--person", "secretaris-dvo"],
]

beforeAll(() => {
  folder = tempFolder()
  initDecided(folder)
  fs.writeFileSync(path.join(folder, "package.json"), "{}")
})
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }))

describe("--as names a person of the governance model", () => {
  it("every command that acts refuses an unknown person with exit 2, before any rule, leaving the store as it was", () => {
    const before = storeState()
    for (const command of actingCommands) {
      const run = cli(...command, "--as", "nobody", "--json")
      const line = command.join(" ")
      expect(run.code, `${line}\n${run.stderr}`).toBe(2)
      expect(run.stderr, line).toContain("'nobody' is not a person of the governance model")
      expect(run.stderr, line).toMatch(/next:/)
      expect(jsonOf(run, shapes.error).error.kind, line).toBe("BadInput")
    }
    expect(storeState()).toEqual(before)
  }, 120_000)

  it("a known person is not stopped by the check", () => {
    const run = cli("proposal", "submit", "bv-nieuw", "--as", "lid-eg-oc-rheden")
    expect(run.stderr).not.toContain("is not a person of the governance model")
  })

  it("init refuses an adopter the model does not know, and makes no store", () => {
    const run = cli("--db", "nieuw.db", "init", "--as", "nobody")
    expect(run.code).toBe(2)
    expect(run.stderr).toContain("'nobody' is not a person of the governance model")
    expect(fs.existsSync(path.join(folder, "nieuw.db"))).toBe(false)
  })
})
