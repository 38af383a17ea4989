import * as fs from "node:fs"
import * as path from "node:path"
import { Governance, Kernel } from "@weerbaar/core"
import { Schema } from "effect"
import { afterEach, beforeAll, describe, expect, it } from "vitest"
import { initDecided, tempFolder, weerbaar } from "./support.js"

const today = new Date().toISOString().slice(0, 10)
const secretaris = "secretaris-stuurgroep"
const dvo = "secretaris-dvo"
let folder = ""
const cli = (...args: ReadonlyArray<string>) => weerbaar(folder, ...args)
const must = (...args: ReadonlyArray<string>) => {
  const run = cli(...args)
  if (run.code !== 0) throw new Error(`weerbaar ${args.join(" ")} failed (${run.code}): ${run.stderr}${run.stdout}`)
  return run
}
const json = (...args: ReadonlyArray<string>) => JSON.parse(must(...args, "--json").stdout)
const decide = (group: string, id: string, body: string, outcome: string, as: string, ...rest: Array<string>) =>
  cli(group, "decide", id, "--body", body, "--outcome", outcome, "--as", as, "--rationale", "Besproken.", ...rest)

/** A proposal of 25.000 euro drafted, approved by the Stuurgroep and accorded by the DVO: the budget moves. */
const accordProposal = (id: string) => {
  must(
    "proposal",
    "draft",
    id,
    "--body",
    "eg-ondermijnende-criminaliteit",
    "--title",
    "Integrale aanpak hennepteelt",
    "--budget",
    "projectleiding:politie-oost-nederland:2016:25000",
    "--as",
    "lid-eg-oc-rheden",
  )
  must("proposal", "submit", id, "--as", "trekker-eg-ondermijnende-criminaliteit")
  expect(decide("proposal", id, "stuurgroep", "approve", secretaris).code).toBe(0)
  expect(decide("proposal", id, "dvo", "accord", dvo).code).toBe(0)
}

beforeAll(() => {
  folder = tempFolder()
  initDecided(folder)
}, 120_000)

// The runs are synchronous: between tests the worker gets a turn of its event loop, so that its
// reports to vitest are answered in time.
afterEach(() => new Promise<void>((resolve) => setImmediate(resolve)))

describe("a voortgangsrapportage through the CLI", () => {
  it("is drafted and submitted by the Stuurgroep with the figures of `report --date`, noted by the DVO, and keeps them after later events", () => {
    must("progress-report", "draft", "vgr-1", "--body", "stuurgroep", "--title", "Voortgang", "--as", secretaris)
    must("progress-report", "submit", "vgr-1", "--date", today, "--as", secretaris)
    const frozen = json("progress-report", "show", "vgr-1").content.progressReport
    const figures = json("report", "--date", today).figures
    expect(frozen).toEqual(figures)
    expect(frozen.asOf).toBe(today)

    accordProposal("bv-later")
    expect(json("report", "--date", today).figures.budget.committed).toBe(frozen.budget.committed + 2_500_000)
    expect(decide("progress-report", "vgr-1", "dvo", "take-note", dvo).code).toBe(0)
    const noted = json("progress-report", "show", "vgr-1")
    expect(noted.status).toBe("noted")
    expect(noted.content.progressReport).toEqual(frozen)
    const text = must("progress-report", "show", "vgr-1").stdout
    expect(text).toContain(`figures as of ${today}`)
    expect(text).toContain("## Phase matrix")
  }, 120_000)

  it("of an expert group is taken note of by the Stuurgroep, not by the DVO", () => {
    must(
      "progress-report",
      "draft",
      "vgr-eg",
      "--body",
      "eg-ondermijnende-criminaliteit",
      "--title",
      "Voortgang Expertgroep",
      "--as",
      "lid-eg-oc-rheden",
    )
    must("progress-report", "submit", "vgr-eg", "--as", "trekker-eg-ondermijnende-criminaliteit")
    const refused = decide("progress-report", "vgr-eg", "dvo", "take-note", dvo)
    expect(refused.code).toBe(1)
    expect(refused.stderr).toContain("route.previous-step-not-approved")
    expect(decide("progress-report", "vgr-eg", "stuurgroep", "take-note", secretaris).code).toBe(0)
    expect(json("progress-report", "show", "vgr-eg").status).toBe("noted")
  }, 120_000)

  it("is withdrawn before the DVO takes note", () => {
    must("progress-report", "draft", "vgr-weg", "--body", "stuurgroep", "--title", "Voortgang", "--as", secretaris)
    must("progress-report", "submit", "vgr-weg", "--as", secretaris)
    must("progress-report", "withdraw", "vgr-weg", "--reason", "Vervangen door een nieuwe.", "--as", secretaris)
    expect(json("progress-report", "show", "vgr-weg").status).toBe("withdrawn")
  }, 120_000)
})

describe("an overdracht and a bijstelling through the CLI", () => {
  it("an overdracht is drafted, submitted and decided by the Stuurgroep; another is withdrawn", () => {
    // A Best Practice ready for handover: accorded, executed, documented and evaluated.
    const eg = ["--as", "lid-eg-oc-rheden"]
    for (const [id, title] of [
      ["bp-ovd-1", "Bestuurlijke aanpak vastgoed"],
      ["bp-ovd-2", "Integrale controles"],
    ] as const) {
      must(
        "best-practice",
        "register",
        id,
        "--theme",
        "ondermijnende-criminaliteit",
        "--title",
        title,
        "--origin",
        "eigen-ontwikkeling",
        "--source",
        "Rheden",
        ...eg,
      )
      must(
        "proposal",
        "draft",
        `bv-${id}`,
        "--body",
        "eg-ondermijnende-criminaliteit",
        "--title",
        title,
        "--budget",
        "projectleiding:politie-oost-nederland:2016:1000",
        "--practice",
        id,
        ...eg,
      )
      must("proposal", "submit", `bv-${id}`, "--as", "trekker-eg-ondermijnende-criminaliteit")
      expect(decide("proposal", `bv-${id}`, "stuurgroep", "approve", secretaris).code).toBe(0)
      expect(decide("proposal", `bv-${id}`, "dvo", "accord", dvo).code).toBe(0)
      must("best-practice", "start-execution", id, ...eg)
      must(
        "best-practice",
        "document",
        id,
        "--description",
        "d",
        "--context",
        "c",
        "--conditions",
        "c",
        "--agreements",
        "a",
        ...eg,
      )
      must(
        "best-practice",
        "evaluate",
        id,
        "--kind",
        "uitvoering",
        "--method",
        "m",
        "--findings",
        "f",
        "--evidence",
        "goed-onderbouwd",
        "--by",
        "RIEC",
        ...eg,
      )
    }
    for (const id of ["ovd-1", "ovd-2"]) {
      must(
        "handover",
        "draft",
        id,
        "--body",
        "stuurgroep",
        "--title",
        "Overdracht aan VNON",
        "--practice",
        `bp-${id}`,
        "--as",
        secretaris,
      )
      must("handover", "submit", id, "--as", secretaris)
    }
    expect(decide("handover", "ovd-1", "stuurgroep", "approve", "burgemeester-westervoort").code).toBe(0)
    expect(json("handover", "show", "ovd-1").status).toBe("approved")
    must("handover", "withdraw", "ovd-2", "--reason", "Nog niet geëvalueerd.", "--as", secretaris)
    expect(json("handover", "list").items.map((i: { itemId: string; status: string }) => [i.itemId, i.status])).toEqual(
      [
        ["ovd-1", "approved"],
        ["ovd-2", "withdrawn"],
      ],
    )
  }, 120_000)

  it("a bijstelling is drafted, submitted and decided by the DVO; another is withdrawn", () => {
    for (const id of ["bij-1", "bij-2"]) {
      must("adjustment", "draft", id, "--body", "stuurgroep", "--title", "Bijstelling planning", "--as", secretaris)
      must("adjustment", "submit", id, "--as", secretaris)
    }
    expect(decide("adjustment", "bij-1", "dvo", "reject", dvo).code).toBe(0)
    expect(json("adjustment", "show", "bij-1").status).toBe("rejected")
    must("adjustment", "withdraw", "bij-2", "--reason", "Ingehaald.", "--as", secretaris)
    expect(json("adjustment", "show", "bij-2").status).toBe("withdrawn")
  }, 120_000)
})

describe("an item's history", () => {
  it("shows version 1's content after an edit", () => {
    must(
      "assignment",
      "draft",
      "op-1",
      "--body",
      "eg-ondermijnende-criminaliteit",
      "--title",
      "Eerste opzet",
      "--as",
      "lid-eg-oc-rheden",
    )
    must("assignment", "edit", "op-1", "--title", "Tweede opzet", "--as", "lid-eg-oc-rheden")
    const rows = json("assignment", "history", "op-1").history
    expect(
      rows.map((r: { what: string; version: number; content?: { title: string } }) => [
        r.what,
        r.version,
        r.content?.title,
      ]),
    ).toEqual([
      ["ItemDrafted", 1, "Eerste opzet"],
      ["ItemEdited", 1, "Tweede opzet"],
    ])
    const text = must("assignment", "history", "op-1").stdout
    expect(text).toContain("content: Eerste opzet")
    expect(text).toContain("by lid-eg-oc-rheden")
  }, 120_000)
})

describe("a majority decision with --vote", () => {
  it("is taken by the votes; refused votes exit 1 with the rule's message, a malformed vote exits 2 naming --vote", () => {
    const json0 = JSON.parse(JSON.stringify(Governance.samenWeerbaarJson()))
    for (const body of json0.bodies) if (body.id === "stuurgroep") body.decisionRule = { method: "majority" }
    const model = Schema.decodeUnknownSync(Governance.GovernanceModel)(json0)
    const majority = tempFolder()
    initDecided(majority, { model })
    const run = (...args: ReadonlyArray<string>) => weerbaar(majority, ...args)
    const members = Governance.votingMembersOn(model, Governance.BodyId.make("stuurgroep"), Kernel.calendarDate(today))
    for (const id of ["bv-m1", "bv-m2"]) {
      expect(
        run(
          "proposal",
          "draft",
          id,
          "--body",
          "eg-ondermijnende-criminaliteit",
          "--title",
          "Voorstel",
          "--budget",
          "projectleiding:politie-oost-nederland:2016:25000",
          "--as",
          "lid-eg-oc-rheden",
        ).code,
      ).toBe(0)
      expect(run("proposal", "submit", id, "--as", "trekker-eg-ondermijnende-criminaliteit").code).toBe(0)
    }
    const decideWith = (id: string, votes: ReadonlyArray<string>) =>
      run(
        "proposal",
        "decide",
        id,
        "--body",
        "stuurgroep",
        "--outcome",
        "approve",
        "--as",
        secretaris,
        "--rationale",
        "Gestemd.",
        ...votes.flatMap((v) => ["--vote", v]),
      )
    const [first, ...others] = members
    const against = decideWith("bv-m1", [`${first}=for`, ...others.map((m) => `${m}=against`)])
    expect(against.code).toBe(1)
    expect(against.stderr).toContain("decision.rule-not-satisfied")
    expect(decideWith("bv-m1", ["nobody-knows=maybe"]).code).toBe(2)
    expect(decideWith("bv-m1", ["nobody-knows=maybe"]).stderr).toContain("--vote")
    expect(decideWith("bv-m1", [...others.map((m) => `${m}=for`), `${first}=against`]).code).toBe(0)
    expect(JSON.parse(run("proposal", "show", "bv-m1", "--json").stdout).step).toBe(1)
    fs.rmSync(path.join(majority), { recursive: true, force: true })
  }, 120_000)
})
