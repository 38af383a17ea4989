import * as fs from "node:fs"
import * as path from "node:path"
import { SqliteStore } from "@weerbaar/adapters-sqlite"
import { Handover, Kernel, Programme, Store } from "@weerbaar/core"
import { Effect } from "effect"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { shapes } from "./shapes.js"
import { jsonOf, tempFolder, weerbaar, initDecided } from "./support.js"

const endDecision = "dvo-einde-programma"
let folder = ""
const cli = (...args: ReadonlyArray<string>) => weerbaar(folder, ...args)
const storeState = () => {
  const verified = jsonOf(cli("verify", "--json"), shapes.verify)
  return { events: verified.events, head: verified.head, bytes: fs.readFileSync(path.join(folder, "weerbaar.db")) }
}

// The CLI has no command to end the programme yet: the test records the end in the store file
// through the library, with core's own event and codec, as the DVO's decision would.
const endTheProgramme = (filename: string) =>
  Effect.runPromise(
    Effect.flatMap(Store.EventStore, (store) =>
      store.append(
        [
          {
            streamId: Handover.programmeEndStreamId,
            expectedVersion: 0,
            events: [
              Handover.programmeEndEventCodec.toNewEvent(
                new Handover.ProgrammeEnded({
                  decisionId: endDecision,
                  meetingDate: Kernel.calendarDate(new Date().toISOString().slice(0, 10)),
                  rationale: "De doorontwikkeling gaat over naar de Expertgroep Ondermijning VNON.",
                  handedOver: [],
                  endedBy: "secretaris-dvo",
                  at: new Date().toISOString() as Kernel.Timestamp,
                }),
              ),
            ],
          },
        ],
        { actor: "secretaris-dvo" },
      ),
    ).pipe(Effect.provide(SqliteStore.layer({ filename, readModels: Programme.programmeReadModels }))),
  )

beforeAll(async () => {
  folder = tempFolder()
  initDecided(folder)
  const drafted = cli(
    "proposal",
    "draft",
    "bv-voor-einde",
    "--body",
    "eg-ondermijnende-criminaliteit",
    "--title",
    "Voorstel van voor het einde",
    "--budget",
    "projectleiding:politie-oost-nederland:2016:25000",
    "--as",
    "lid-eg-oc-rheden",
  )
  expect(drafted.code, drafted.stderr).toBe(0)
  await endTheProgramme(path.join(folder, "weerbaar.db"))
})
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }))

describe("after the programme's end, the CLI starts no new work", () => {
  it("proposal draft exits 1 with programme.ended naming the decision in --json, and the store is unchanged", () => {
    const before = storeState()
    const run = cli(
      "proposal",
      "draft",
      "bv-na-einde",
      "--body",
      "eg-ondermijnende-criminaliteit",
      "--title",
      "Nieuw voorstel",
      "--as",
      "lid-eg-oc-rheden",
      "--json",
    )
    expect(run.code, run.stderr).toBe(1)
    const { refused } = jsonOf(run, shapes.refused)
    expect(refused.violations.map((v) => v.code)).toEqual(["programme.ended"])
    expect(refused.violations[0]!.explanation).toContain(endDecision)
    expect(storeState()).toEqual(before)
  })

  it("proposal submit of a draft from before the end exits 1 with programme.ended, and allowed says why", () => {
    const before = storeState()
    const run = cli("proposal", "submit", "bv-voor-einde", "--as", "trekker-eg-ondermijnende-criminaliteit", "--json")
    expect(run.code, run.stderr).toBe(1)
    expect(jsonOf(run, shapes.refused).refused.violations.map((v) => v.code)).toEqual(["programme.ended"])
    expect(storeState()).toEqual(before)
    const allowed = jsonOf(
      cli("allowed", "bv-voor-einde", "--as", "trekker-eg-ondermijnende-criminaliteit", "--json"),
      shapes.allowed,
    )
    const submit = allowed.actions.find((a) => a.action === "submit")
    expect(submit?.allowed).toBe(false)
    expect(submit?.reasons.map((r) => r.code)).toEqual(["programme.ended"])
    expect(submit?.reasons[0]?.explanation).toContain(endDecision)
  })
})
