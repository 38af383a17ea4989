import * as fs from "node:fs"
import * as path from "node:path"
import { Governance, Kernel } from "@weerbaar/core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { tempFolder, weerbaar } from "./support.js"

let folder: string
const cli = (...args: ReadonlyArray<string>) => weerbaar(folder, ...args)

beforeAll(() => {
  folder = tempFolder()
  expect(cli("demo", "--db", "demo.db").code).toBe(0)
}, 180_000)
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }))

// The demo's rule book with a quorum for the DVO.
const withDvoQuorum = (percent: number) => {
  const json = JSON.parse(JSON.stringify(Governance.samenWeerbaarJson()))
  for (const body of json.bodies)
    if (body.id === "dvo") body.decisionRule = { method: "consensus", quorumPercent: percent }
  const file = path.join(folder, `quorum-${percent}.json`)
  fs.writeFileSync(file, JSON.stringify(json))
  return file
}

// The DVO's decisions in the demo's log, with the share of its entitled members present.
const dvoDecisions = () => {
  const out = path.join(folder, `log-${Date.now()}.jsonl`)
  expect(cli("export", "--db", "demo.db", out).code).toBe(0)
  const model = Governance.samenWeerbaar()
  return fs
    .readFileSync(out, "utf8")
    .split("\n")
    .filter((line) => line.includes('"DecisionRecorded"'))
    .map((line) => JSON.parse(line))
    .filter((e) => e.payload.body === "dvo")
    .map((e) => {
      const date = Kernel.calendarDate(e.payload.meetingDate)
      const entitled = Governance.votingMembersOn(model, Governance.BodyId.make("dvo"), date)
      return { streamId: e.streamId as string, share: e.payload.attendance.length / entitled.length }
    })
}

describe("weerbaar model what-if", () => {
  it("a quorum of 60% for the DVO lists exactly the DVO decisions taken with fewer present, and none other", () => {
    const decisions = dvoDecisions()
    const thin = decisions.filter((d) => d.share < 0.6).map((d) => d.streamId)
    expect(thin.length).toBeGreaterThan(0)
    expect(decisions.length).toBeGreaterThan(thin.length)
    const run = cli("model", "what-if", withDvoQuorum(60), "--db", "demo.db", "--json")
    expect(run.code, run.stderr).toBe(0)
    const differences = JSON.parse(run.stdout)
    expect(differences.map((d: { streamId: string }) => d.streamId).sort()).toEqual([...thin].sort())
    for (const d of differences) {
      expect(d.command).toBe("RecordDecision")
      expect(d.outcome).toMatchObject({ _tag: "refused", codes: ["decision.quorum-not-met"] })
    }
  })

  it("the rule book in force lists nothing, and a file that is not a model is exit 2", () => {
    const same = path.join(folder, "same.json")
    fs.writeFileSync(same, JSON.stringify(Governance.samenWeerbaarJson()))
    const run = cli("model", "what-if", same, "--db", "demo.db")
    expect([run.code, run.stdout.trim()]).toEqual([0, "no act would have another outcome under this version"])
    fs.writeFileSync(path.join(folder, "bad.json"), "{}")
    expect(cli("model", "what-if", "bad.json", "--db", "demo.db").code).toBe(2)
  })
})
