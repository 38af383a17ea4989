import * as fs from "node:fs"
import * as path from "node:path"
import { beforeAll, describe, expect, it } from "vitest"
import { shapes } from "./shapes.js"
import { jsonOf, type Run, tempFolder, weerbaar } from "./support.js"

const municipalities = [
  "Arnhem",
  "Barneveld",
  "Doesburg",
  "Duiven",
  "Ede",
  "Lingewaard",
  "Nijkerk",
  "Overbetuwe",
  "Renkum",
  "Rheden",
  "Rozendaal",
  "Scherpenzeel",
  "Wageningen",
  "Westervoort",
  "Zevenaar",
]

let folder = ""
let demo: Run
const cli = (...args: ReadonlyArray<string>) => weerbaar(folder, ...args)
const refusedWith = (run: Run, code: string) => {
  expect(run.code, run.stderr).toBe(1)
  const refusal = jsonOf(run, shapes.refused)
  expect(refusal.refused.violations.map((v) => v.code)).toContain(code)
  expect(run.stderr).toContain(code)
  expect(refusal.next).not.toBe("")
}

beforeAll(() => {
  folder = tempFolder()
  demo = cli("demo", "--json", "--lang", "en")
})

describe("weerbaar demo", () => {
  it("plays the plan's story from the Pact van Ellecom to the RVO, refusing the forbidden shortcuts", () => {
    expect(demo.code, demo.stderr).toBe(0)
    const result = jsonOf(demo, shapes.demo)
    expect(result.steps[0]).toEqual({ date: "2015-09-03", text: expect.stringContaining("Pact van Ellecom") })
    const texts = result.steps.map((s) => s.text)
    // The plan's story: the hennepconvenant comes from VNON as a network agreement; the programme's own
    // pilot is proposed, accorded, evaluated and rolled out; progress is reported; VNON carries on.
    expect(texts).toContain("the hennepconvenant comes from VNON: the DVO takes note of the RVO's agreement")
    expect(texts).toContain("the DVO accords the pilot: Rheden, Kampen and Enschede pilot the method")
    expect(texts).toContain("the Stuurgroep reports the programme's progress to the DVO")
    expect(texts.some((t) => t.includes("RVO agrees"))).toBe(true)
    expect(result.steps.at(-1)?.text).toContain("VNON carries on")
    // A member of the programme's expert group sits in VNON's, with the history the package carried.
    const vnon = JSON.parse(cli("governance", "--db", "weerbaar.vnon.db", "--date", "2018-03-01", "--json").stdout) as {
      bodies: ReadonlyArray<{ id: string; members: ReadonlyArray<{ person: string; history?: { programme: string } }> }>
    }
    const joined = vnon.bodies
      .find((b) => b.id === "eg-ondermijning-vnon")
      ?.members.find((m) => m.person === "lid-eg-oc-riec")
    expect(joined?.history?.programme).toBe("Samen Weerbaar")
    expect(result.refusals.map((r) => r.codes[0])).toEqual([
      "model.plan-not-decided",
      "model.requires-decision",
      "authority.may-not-act-for-body",
      "signal.reason-required",
      "route.previous-step-not-approved",
      "track.reason-required",
      "handover.network-agreement",
      "signal.reason-required",
    ])
    // The plan's room within commitment: Rheden's own pilot and Rozendaal's niet_relevant are signalled, with their reasons.
    expect(demo.stderr).toContain("track.not-a-pilot-municipality")
    expect(demo.stderr).toContain("De gemeente Rheden heeft daartoe het initiatief genomen")
    expect(demo.stderr).toContain("track.exemption-required")
    expect(demo.stderr).toContain("Rozendaal is te klein voor een eigen beeld")
    // VNON's store holds the programme's own practices: the hennepconvenant came from VNON and is not handed back.
    expect(result.network).toEqual([
      { practiceId: "bp-lokaal-ondermijningsbeeld", status: "vastgesteld_netwerk" },
      { practiceId: "bp-bibob-beleid", status: "vastgesteld_netwerk" },
    ])
    expect(demo.stderr).toContain("forbidden shortcut")
    expect(fs.existsSync(path.join(folder, "weerbaar.vnon.db"))).toBe(true)
  })

  it("refuses to play into a store that exists, with exit 2, leaving it as it was", () => {
    const before = fs.statSync(path.join(folder, "weerbaar.db")).size
    const again = cli("demo")
    expect(again.code).toBe(2)
    expect(again.stderr).toContain("exists already")
    expect(again.stderr).toContain("next:")
    expect(fs.statSync(path.join(folder, "weerbaar.db")).size).toBe(before)
  })
})

describe("forbidden shortcuts on the demo's store exit 1 and name the rule", () => {
  it("the DVO cannot accord a proposal the Stuurgroep has not approved", () => {
    const drafted = cli(
      "proposal",
      "draft",
      "bv-test-1",
      "--body",
      "eg-ondermijnende-criminaliteit",
      "--title",
      "Test",
      "--budget",
      "projectleiding:politie-oost-nederland:2025:1000",
      "--as",
      "lid-eg-oc-rheden",
      "--json",
    )
    expect(drafted.code, drafted.stderr).toBe(0)
    expect(jsonOf(drafted, shapes.itemChanged).status).toBe("draft")
    expect(cli("proposal", "submit", "bv-test-1", "--as", "trekker-eg-ondermijnende-criminaliteit").code).toBe(0)
    refusedWith(
      cli(
        "proposal",
        "decide",
        "bv-test-1",
        "--body",
        "dvo",
        "--outcome",
        "accord",
        "--rationale",
        "Akkoord.",
        "--as",
        "secretaris-dvo",
        "--json",
        "--lang",
        "en",
      ),
      "route.previous-step-not-approved",
    )
  })

  it("a trekker cannot approve his own assignment for the Stuurgroep", () => {
    expect(
      cli(
        "assignment",
        "draft",
        "opdracht-test",
        "--body",
        "eg-weerbare-overheid",
        "--title",
        "Test",
        "--as",
        "trekker-eg-weerbare-overheid",
      ).code,
    ).toBe(0)
    expect(cli("assignment", "submit", "opdracht-test", "--as", "trekker-eg-weerbare-overheid").code).toBe(0)
    refusedWith(
      cli(
        "assignment",
        "decide",
        "opdracht-test",
        "--body",
        "stuurgroep",
        "--outcome",
        "approve",
        "--rationale",
        "Eigen akkoord.",
        "--as",
        "trekker-eg-weerbare-overheid",
        "--json",
      ),
      "authority.may-not-act-for-body",
    )
  })

  it("a municipality's own pilot before the accord is signalled as a local initiative, and asks why", () => {
    // Every candidate of the demo is accorded by its end: a new one waits for its pilot.
    const registered = cli(
      "best-practice",
      "register",
      "bp-buurtpreventie",
      "--theme",
      "weerbare-maatschappij",
      "--title",
      "Buurtpreventie tegen ondermijning",
      "--origin",
      "elders-nl",
      "--source",
      "Gemeente Tilburg",
      "--as",
      "lid-eg-wm-wageningen",
    )
    expect(registered.code, registered.stderr).toBe(0)
    refusedWith(
      cli("track", "set", "bp-buurtpreventie", "ede", "--phase", "pilot", "--as", "burgemeester-ede", "--json"),
      "signal.reason-required",
    )
    const own = cli(
      "track",
      "set",
      "bp-buurtpreventie",
      "ede",
      "--phase",
      "pilot",
      "--reason",
      "Eigen initiatief na het lokaal ondermijningsbeeld.",
      "--as",
      "burgemeester-ede",
      "--json",
    )
    expect(own.code, own.stderr).toBe(0)
    expect((JSON.parse(own.stdout) as { signals: Array<{ code: string }> }).signals.map((s) => s.code)).toEqual([
      "track.not-a-pilot-municipality",
    ])
  })

  it("a municipality cannot leave an accorded measure undone without a reason", () => {
    refusedWith(
      cli(
        "track",
        "set",
        "bp-lokaal-ondermijningsbeeld",
        "doesburg",
        "--phase",
        "niet_relevant",
        "--as",
        "burgemeester-doesburg",
        "--json",
      ),
      "track.reason-required",
    )
  })

  it("explains the refusal in Dutch by default", () => {
    const run = cli(
      "track",
      "set",
      "bp-lokaal-ondermijningsbeeld",
      "doesburg",
      "--phase",
      "niet_relevant",
      "--as",
      "burgemeester-doesburg",
    )
    expect(run.code).toBe(1)
    expect(run.stderr).toContain("geweigerd")
    expect(run.stderr).toContain("geeft geen reden op")
  })
})

describe("every --json output on the demo's store matches its documented shape", () => {
  it("governance, proposals, register, allowed", () => {
    const governance = jsonOf(cli("governance", "--json", "--date", "2016-06-01"), shapes.governance)
    // 16 in 2016: Rijnwaarden merged into Zevenaar only on 2018-01-01.
    expect(governance.programme.municipalities).toHaveLength(16)
    expect(governance.programme.municipalities).toContain("rijnwaarden")
    const list = jsonOf(cli("proposal", "list", "--json"), shapes.itemList)
    expect(list.items.map((i) => i.itemId)).toContain("bv-uitrol-ondermijningsbeeld-2016")
    const show = jsonOf(cli("proposal", "show", "bv-uitrol-ondermijningsbeeld-2016", "--json"), shapes.itemShow)
    expect(show.status).toBe("accorded")
    expect(show.decisions.map((d) => d.outcome)).toEqual(["return", "approve", "accord"])
    const register = jsonOf(cli("register", "--item", "bv-uitrol-ondermijningsbeeld-2016", "--json"), shapes.register)
    expect(register.decisions).toHaveLength(3)
    const allowed = jsonOf(
      cli("allowed", "bv-uitrol-ondermijningsbeeld-2016", "--as", "secretaris-dvo", "--json"),
      shapes.allowed,
    )
    expect(allowed.actions.some((a) => a.action === "revoke" && a.allowed)).toBe(true)
    jsonOf(cli("assignment", "list", "--json"), shapes.itemList)
  })

  it("best practices, tracks, milestones, information, health, verify", () => {
    const practices = jsonOf(cli("best-practice", "list", "--json"), shapes.practiceList)
    // The three candidates of the programme and the hennepconvenant of the network track (and any a test registered).
    expect(practices.practices.length).toBeGreaterThanOrEqual(4)
    expect(practices.practices.find((p) => p.practiceId === "na-hennepconvenant")?.status).toBe("vastgesteld_netwerk")
    jsonOf(cli("best-practice", "show", "bp-bibob-beleid", "--json"), shapes.practiceShow)
    const tracks = jsonOf(cli("track", "show", "bp-lokaal-ondermijningsbeeld", "--json"), shapes.trackShow)
    // The 15 municipalities of the district today, and Kampen and Enschede, which piloted it.
    expect(tracks.tracks).toHaveLength(17)
    expect(tracks.tracks.find((t) => t.municipality === "rozendaal")?.phase).toBe("niet_relevant")
    const agenda = jsonOf(cli("milestone", "agenda", "--json"), shapes.agenda)
    expect(agenda.late.map((m) => m.milestoneId)).toContain("ms-besloten-sectie")
    jsonOf(cli("info", "list", "--json"), shapes.infoList)
    const health = jsonOf(cli("health", "--date", "2017-03-01", "--json"), shapes.health)
    expect(health.conditions.map((c) => c.condition)).toEqual(["staffing", "commitment", "budget"])
    expect(jsonOf(cli("verify", "--json"), shapes.verify).events).toBeGreaterThan(100)
  })
})

describe("weerbaar report", () => {
  it("writes Markdown with a Mermaid chart and the phase matrix of all 15 municipalities", () => {
    const run = cli("report", "--date", "2018-06-01")
    expect(run.code, run.stderr).toBe(0)
    expect(run.stdout).toContain("```mermaid")
    const header = run.stdout.split("\n").find((l) => l.startsWith("| measure"))
    for (const m of municipalities) expect(header).toContain(m)
    expect(run.stdout).toContain("| Lokaal ondermijningsbeeld (bp-lokaal-ondermijningsbeeld) |")
    expect(run.stdout).toMatch(/## Late milestones\n\n- Besloten sectie/)
    // Kampen and Enschede, outside the district, are listed apart from the matrix.
    expect(header).not.toContain("Kampen")
    expect(run.stdout).toContain("## Reference municipalities (outside the district)")
    expect(run.stdout).toContain(
      "- Kampen (pilot netwerkanalyse DRIO, naast Rheden): Lokaal ondermijningsbeeld (bp-lokaal-ondermijningsbeeld): pilot",
    )
    const json = jsonOf(cli("report", "--date", "2018-06-01", "--json"), shapes.report)
    expect(json.municipalities).toBe(15)
  })

  it("writes one self-contained HTML file with an inline SVG chart and a coloured matrix", () => {
    const run = cli("report", "--format", "html", "--out", "report.html", "--date", "2018-06-01")
    expect(run.code, run.stderr).toBe(0)
    const html = fs.readFileSync(path.join(folder, "report.html"), "utf8")
    expect(html).toContain("<svg")
    expect(html).not.toMatch(/<script|<link|src="http/)
    for (const m of municipalities) expect(html).toContain(`<th class="m">${m}</th>`)
    expect(html).toMatch(/class="p-geborgd"/)
    expect(html).toMatch(/\.p-geborgd \{ background: #/)
    // The figures the Markdown report and a voortgangsrapportage give, in the HTML report too.
    expect(html).toContain("<h3>Totals per theme</h3>")
    expect(html).toMatch(/<th scope="col">partner<\/th>[\s\S]*<th scope="row">Politie Oost-Nederland<\/th>/)
    expect(html).toContain("<h2>Information products</h2>")
    expect(html).toContain("<h2>Besluitenlijsten</h2>")
  })
})

describe("revoking a decision and ending Best Practices, on the demo's store", () => {
  it("the DVO revokes its accord; revoking it again is refused with the rule", () => {
    const show = jsonOf(cli("proposal", "show", "bv-uitrol-ondermijningsbeeld-2016", "--json"), shapes.itemShow)
    const accord = show.decisions.find((d) => d.outcome === "accord")
    expect(accord).toBeDefined()
    const revoke = (...more: ReadonlyArray<string>) =>
      cli(
        "proposal",
        "revoke",
        "bv-uitrol-ondermijningsbeeld-2016",
        "--decision",
        accord?.decisionId ?? "",
        "--body",
        "dvo",
        "--rationale",
        "De financiering vervalt.",
        "--as",
        "secretaris-dvo",
        "--json",
        ...more,
      )
    const revoked = revoke()
    expect(revoked.code, revoked.stderr).toBe(0)
    expect(jsonOf(revoked, shapes.itemChanged).status).toBe("revoked")
    refusedWith(revoke("--lang", "en"), "revocation.already-revoked")
  })

  it("an expert group rejects a candidate and stops a pilot; a stopped or handed-over practice is not stopped", () => {
    const registered = cli(
      "best-practice",
      "register",
      "bp-test-kandidaat",
      "--theme",
      "ondermijnende-criminaliteit",
      "--title",
      "Kandidaat",
      "--origin",
      "elders-nl",
      "--source",
      "Gemeente Elders",
      "--as",
      "lid-eg-oc-rheden",
    )
    expect(registered.code, registered.stderr).toBe(0)
    const rejected = cli(
      "best-practice",
      "reject",
      "bp-test-kandidaat",
      "--reason",
      "Past niet bij de regio.",
      "--as",
      "lid-eg-oc-rheden",
      "--json",
    )
    expect(rejected.code, rejected.stderr).toBe(0)
    expect(jsonOf(rejected, shapes.practiceChanged).status).toBe("afgewezen")

    // A practice handed over to VNON is no longer the programme's to stop.
    refusedWith(
      cli(
        "best-practice",
        "stop",
        "bp-lokaal-ondermijningsbeeld",
        "--reason",
        "Klaar.",
        "--as",
        "lid-eg-oc-rheden",
        "--json",
      ),
      "practice.wrong-status",
    )
    const steps = [
      [
        "register",
        "bp-test-pilot",
        "--theme",
        "ondermijnende-criminaliteit",
        "--title",
        "Pilot",
        "--origin",
        "elders-nl",
        "--source",
        "Elders",
        "--as",
        "lid-eg-oc-rheden",
      ],
      [
        "designate",
        "bp-test-pilot",
        "--municipality",
        "rheden",
        "--decision-id",
        "besluit-sg-test",
        "--rationale",
        "Rheden test de aanpak.",
        "--as",
        "secretaris-stuurgroep",
      ],
      ["start-pilot", "bp-test-pilot", "--as", "lid-eg-oc-rheden"],
    ]
    for (const step of steps) {
      const done = cli("best-practice", ...step)
      expect(done.code, done.stderr).toBe(0)
    }
    const stop = () =>
      cli(
        "best-practice",
        "stop",
        "bp-test-pilot",
        "--reason",
        "Niet meer nodig.",
        "--as",
        "lid-eg-oc-rheden",
        "--json",
      )
    const stopped = stop()
    expect(stopped.code, stopped.stderr).toBe(0)
    expect(jsonOf(stopped, shapes.practiceChanged).status).toBe("gestopt")
    refusedWith(stop(), "practice.wrong-status")
  })
})
