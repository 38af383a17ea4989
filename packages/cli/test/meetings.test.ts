import * as fs from "node:fs"
import * as path from "node:path"
import { Governance } from "@weerbaar/core"
import { Schema } from "effect"
import { beforeAll, describe, expect, it } from "vitest"
import { initDecided, type Run, tempFolder, weerbaar } from "./support.js"

// The Stuurgroep as a majority body, so its decisions are taken by votes.
const model = (() => {
  const json = JSON.parse(JSON.stringify(Governance.samenWeerbaarJson()))
  json.bodies.find((b: { id: string }) => b.id === "stuurgroep").decisionRule = { method: "majority" }
  return Schema.decodeUnknownSync(Governance.GovernanceModel)(json)
})()
const members = Governance.votingMembersOn(
  model,
  Governance.BodyId.make("stuurgroep"),
  "2016-06-01" as Governance.Membership["from"],
)
const secretary = ["--as", "secretaris-stuurgroep"]

describe("a Stuurgroep meeting through the CLI, on a fresh store", () => {
  const folder = tempFolder()
  const cli = (...args: ReadonlyArray<string>): Run => weerbaar(folder, ...args)
  const must = (...args: ReadonlyArray<string>): Run => {
    const run = cli(...args)
    if (run.code !== 0) throw new Error(`weerbaar ${args.join(" ")} exited ${run.code}: ${run.stderr}${run.stdout}`)
    return run
  }
  beforeAll(() => {
    initDecided(folder, { model })
    must(
      "proposal",
      "draft",
      "bv-hennep",
      "--body",
      "eg-ondermijnende-criminaliteit",
      "--title",
      "Integrale hennepaanpak",
      "--description",
      "Aanpak van hennepteelt.",
      "--budget",
      "projectleiding:politie-oost-nederland:2016:25000",
      "--as",
      "lid-eg-oc-rheden",
    )
    must("proposal", "submit", "bv-hennep", "--date", "2016-05-20", "--as", "trekker-eg-ondermijnende-criminaliteit")
    must(
      "best-practice",
      "register",
      "bp-hennep",
      "--theme",
      "ondermijnende-criminaliteit",
      "--title",
      "Hennepaanpak",
      "--origin",
      "elders-nl",
      "--source",
      "Elders",
      "--as",
      "lid-eg-oc-rheden",
    )
  }, 240_000)

  it("plans the meeting, records attendance, a substitute, a recusal and votes, decides three points, and prints the besluitenlijst", () => {
    must(
      "meeting",
      "plan",
      "sg-2016-06",
      "--body",
      "stuurgroep",
      "--date",
      "2016-06-01",
      "--time",
      "14:00",
      "--place",
      "Stadhuis Arnhem",
      ...secretary,
    )
    must(
      "meeting",
      "agenda",
      "sg-2016-06",
      "--title",
      "Beleidsvoorstel integrale hennepaanpak",
      "--item",
      "bv-hennep",
      "--paper",
      "Voorstel v1",
      ...secretary,
    )
    must("meeting", "agenda", "sg-2016-06", "--title", "Pilotgemeente hennepaanpak", ...secretary)
    must("meeting", "agenda", "sg-2016-06", "--title", "Communicatieplan", ...secretary)
    const present = members.filter((p) => p !== "burgemeester-rheden")
    must("meeting", "attend", "sg-2016-06", ...present.flatMap((p) => ["--person", p]), ...secretary)
    must(
      "meeting",
      "substitute",
      "sg-2016-06",
      "--member",
      "burgemeester-rheden",
      "--by",
      "loco-burgemeester-rheden",
      ...secretary,
    )
    must(
      "meeting",
      "recuse",
      "sg-2016-06",
      "--point",
      "1",
      "--person",
      "burgemeester-ede",
      "--reason",
      "Adviseert de aanvrager.",
      ...secretary,
    )

    // A vote of the recused member on his point is refused by a rule: exit 1, nothing stored.
    const recusedVote = cli(
      "meeting",
      "vote",
      "sg-2016-06",
      "--point",
      "1",
      "--vote",
      "burgemeester-ede=for",
      ...secretary,
    )
    expect(recusedVote.code, recusedVote.stderr).toBe(1)
    expect(recusedVote.stderr).toContain("decision.voter-not-entitled")
    const malformed = cli(
      "meeting",
      "vote",
      "sg-2016-06",
      "--point",
      "1",
      "--vote",
      "burgemeester-ede=yes",
      ...secretary,
    )
    expect(malformed.code).toBe(2)
    expect(malformed.stderr).toContain("--vote")

    const voters = present.filter((p) => p !== "burgemeester-ede")
    const votes = (point: string) => [
      ...voters.flatMap((p, i) => ["--vote", `${p}=${i === 0 ? "against" : "for"}`]),
      ...(point === "1" ? ["--vote", "loco-burgemeester-rheden=for"] : []),
    ]
    must("meeting", "vote", "sg-2016-06", "--point", "1", ...votes("1"), ...secretary)
    must(
      "meeting",
      "decide",
      "sg-2016-06",
      "--point",
      "1",
      "--outcome",
      "approve",
      "--decision-id",
      "sg-2016-06-1",
      "--rationale",
      "Past in het programma.",
      ...secretary,
    )
    must("meeting", "vote", "sg-2016-06", "--point", "2", ...votes("2"), ...secretary)
    must(
      "best-practice",
      "designate",
      "bp-hennep",
      "--municipality",
      "rheden",
      "--decision-id",
      "sg-2016-06-2",
      "--rationale",
      "Rheden heeft de aanpak in voorbereiding.",
      "--meeting",
      "sg-2016-06",
      "--point",
      "2",
      ...secretary,
    )
    const noSuchPoint = cli(
      "meeting",
      "decide",
      "sg-2016-06",
      "--point",
      "9",
      "--decision",
      "x",
      "--rationale",
      "y",
      ...secretary,
    )
    expect(noSuchPoint.code).toBe(2)
    expect(noSuchPoint.stderr).toContain("meeting sg-2016-06 has no agenda point 9")
    // Point 3 without votes: a majority body's decision needs them.
    const unvoted = cli(
      "meeting",
      "decide",
      "sg-2016-06",
      "--point",
      "3",
      "--decision",
      "Plan vastgesteld.",
      "--rationale",
      "Akkoord.",
      ...secretary,
    )
    expect(unvoted.code, unvoted.stderr).toBe(1)
    expect(unvoted.stderr).toContain("decision.votes-required")
    must("meeting", "vote", "sg-2016-06", "--point", "3", ...votes("3"), ...secretary)
    must(
      "meeting",
      "decide",
      "sg-2016-06",
      "--point",
      "3",
      "--decision",
      "Communicatieplan vastgesteld.",
      "--decision-id",
      "sg-2016-06-3",
      "--rationale",
      "Akkoord.",
      ...secretary,
    )
    must(
      "meeting",
      "action",
      "sg-2016-06",
      "--action",
      "Begroting per gemeente uitsplitsen",
      "--owner",
      "trekker-eg-ondermijnende-criminaliteit",
      "--due",
      "2016-07-01",
      "--point",
      "1",
      ...secretary,
    )
    must("meeting", "close", "sg-2016-06", "--minutes", "Verslag: voorstellen besproken, zie de stukken.", ...secretary)

    const lijst = must("besluitenlijst", "sg-2016-06").stdout
    expect(lijst).toContain("# Besluitenlijst Stuurgroep Samen Weerbaar — sg-2016-06")
    expect(lijst).toContain("loco-burgemeester Rheden voor burgemeester Rheden")
    expect(lijst).toContain("Belangenconflict: burgemeester Ede (Adviseert de aanvrager.)")
    expect(lijst).toContain("**Besluit sg-2016-06-1:** bv-hennep: goedgekeurd")
    expect(lijst).toContain("rheden aangewezen als pilotgemeente voor bp-hennep")
    expect(lijst).toContain("Begroting per gemeente uitsplitsen")
    expect(lijst).toContain("## Verslag\n\nVerslag: voorstellen besproken, zie de stukken.")
    const html = path.join(folder, "besluitenlijst.html")
    must("besluitenlijst", "sg-2016-06", "--format", "html", "--out", html)
    expect(fs.readFileSync(html, "utf8")).toMatch(
      /<html lang="nl">[\s\S]*Besluit sg-2016-06-3: Communicatieplan vastgesteld\./,
    )
  }, 600_000)

  it("the next meeting adopts the besluitenlijst, which is immutable from then on; the register shows attendance and votes in the order taken", () => {
    must("meeting", "plan", "sg-2016-07", "--body", "stuurgroep", "--date", "2016-07-06", ...secretary)
    must("meeting", "agenda", "sg-2016-07", "--title", "Besluitenlijst juni", "--minutes", "sg-2016-06", ...secretary)
    must("meeting", "attend", "sg-2016-07", ...members.flatMap((p) => ["--person", p]), ...secretary)
    must(
      "meeting",
      "vote",
      "sg-2016-07",
      "--point",
      "1",
      ...members.flatMap((p) => ["--vote", `${p}=for`]),
      ...secretary,
    )
    must("meeting", "adopt-minutes", "sg-2016-07", "--of", "sg-2016-06", "--decision-id", "sg-2016-07-1", ...secretary)
    expect(must("besluitenlijst", "sg-2016-06").stdout).toContain("vastgesteld op 2016-07-06 in sg-2016-07")
    const late = cli(
      "meeting",
      "action",
      "sg-2016-06",
      "--action",
      "Correctie",
      "--owner",
      "secretaris-stuurgroep",
      "--due",
      "2016-08-01",
      ...secretary,
    )
    expect(late.code).toBe(1)
    expect(late.stderr).toContain("meeting.minutes-adopted")

    const register = JSON.parse(must("register", "--json").stdout) as {
      decisions: ReadonlyArray<{
        identificatie: string
        attendance: ReadonlyArray<string>
        substitutes: ReadonlyArray<unknown>
        recused: ReadonlyArray<string>
        votes: ReadonlyArray<{ vote: string }>
        subject: string
      }>
    }
    const ids = register.decisions.map((d) => d.identificatie)
    expect(ids.indexOf("sg-2016-06-1")).toBeLessThan(ids.indexOf("sg-2016-06-2"))
    expect(ids.indexOf("sg-2016-06-2")).toBeLessThan(ids.indexOf("sg-2016-06-3"))
    const first = register.decisions.find((d) => d.identificatie === "sg-2016-06-1")!
    expect(first.substitutes).toEqual([{ member: "burgemeester-rheden", substitute: "loco-burgemeester-rheden" }])
    expect(first.recused).toEqual(["burgemeester-ede"])
    expect(first.votes.filter((v) => v.vote === "against")).toHaveLength(1)
    expect(register.decisions.find((d) => d.identificatie === "sg-2016-06-2")?.subject).toBe("pilotgemeente")
    expect(must("register").stdout).toContain("sg-2016-06 #1")
    const shown = must("proposal", "show", "bv-hennep").stdout
    expect(shown).toContain("sg-2016-06-1: sg-2016-06 point 1; present")
    expect(shown).toContain("loco-burgemeester-rheden for burgemeester-rheden; recused burgemeester-ede")
    expect(shown).toContain("rationale: Past in het programma.")
  }, 600_000)

  it("a written round of the Stuurgroep decides an item with tacit consent; the DVO ends the programme at its meeting's point", () => {
    must(
      "assignment",
      "draft",
      "opdracht-ronde",
      "--body",
      "eg-ondermijnende-criminaliteit",
      "--title",
      "Inventarisatie",
      "--description",
      "Inventariseer de aanpak.",
      "--as",
      "lid-eg-oc-rheden",
    )
    must(
      "assignment",
      "submit",
      "opdracht-ronde",
      "--date",
      "2016-08-01",
      "--as",
      "trekker-eg-ondermijnende-criminaliteit",
    )
    must(
      "written-round",
      "start",
      "sg-ronde-1",
      "--body",
      "stuurgroep",
      "--title",
      "Opdracht inventarisatie",
      "--proposal",
      "De opdracht goedkeuren.",
      "--item",
      "opdracht-ronde",
      "--outcome",
      "approve",
      "--date",
      "2016-08-02",
      "--deadline",
      "2016-08-16",
      ...secretary,
    )
    // A majority body: the answers are votes; the silent consent by the deadline.
    must("written-round", "respond", "sg-ronde-1", "--response", "agree", "--date", "2016-08-03", "--as", members[0]!)
    const early = cli("written-round", "close", "sg-ronde-1", "--date", "2016-08-05", ...secretary)
    expect(early.code).toBe(1)
    expect(early.stderr).toContain("written-round.still-open")
    must(
      "written-round",
      "close",
      "sg-ronde-1",
      "--date",
      "2016-08-16",
      "--decision-id",
      "sg-ronde-1-besluit",
      ...secretary,
    )
    expect(JSON.parse(must("assignment", "show", "opdracht-ronde", "--json").stdout).status).toBe("approved")
    expect(must("written-round", "show", "sg-ronde-1").stdout).toContain("aangenomen")

    const dvo = Governance.votingMembersOn(
      model,
      Governance.BodyId.make("dvo"),
      "2016-12-15" as Governance.Membership["from"],
    )
    must("meeting", "plan", "dvo-2016-12", "--body", "dvo", "--date", "2016-12-15", "--as", "secretaris-dvo")
    must("meeting", "agenda", "dvo-2016-12", "--title", "Beëindiging van het programma", "--as", "secretaris-dvo")
    must("meeting", "attend", "dvo-2016-12", ...dvo.flatMap((p) => ["--person", p]), "--as", "secretaris-dvo")
    must(
      "programme",
      "end",
      "--decision-id",
      "dvo-2016-12-einde",
      "--rationale",
      "Het programma stopt.",
      "--reason",
      "De thema's gaan zonder overdracht naar de lijn.",
      "--meeting",
      "dvo-2016-12",
      "--point",
      "1",
      "--as",
      "secretaris-dvo",
    )
    expect(must("besluitenlijst", "dvo-2016-12").stdout).toContain("het programma beëindigd")
    const register = JSON.parse(must("register", "--json").stdout) as {
      decisions: ReadonlyArray<{ identificatie: string; subject: string; decidedIn?: unknown }>
    }
    expect(register.decisions.find((d) => d.identificatie === "dvo-2016-12-einde")).toMatchObject({
      subject: "programma-einde",
      decidedIn: { meetingId: "dvo-2016-12", point: 1 },
    })
    expect(register.decisions.find((d) => d.identificatie === "sg-ronde-1-besluit")?.decidedIn).toEqual({
      writtenRoundId: "sg-ronde-1",
    })
    const report = must("report").stdout
    expect(report).toContain("ends the programme")
    expect(report).toMatch(/## Besluitenlijsten[\s\S]*sg-2016-06[\s\S]*dvo-2016-12-einde — het programma beëindigd/)
  }, 600_000)
})
