import * as fs from "node:fs"
import * as path from "node:path"
import { afterEach, beforeAll, describe, expect, it } from "vitest"
import { shapes } from "./shapes.js"
import { initDecided, jsonOf, tempFolder, weerbaar } from "./support.js"

const lid = "lid-eg-oc-rheden"
const trekker = "trekker-eg-ondermijnende-criminaliteit"
let folder = ""
const cli = (...args: ReadonlyArray<string>) => weerbaar(folder, ...args)
const must = (...args: ReadonlyArray<string>) => {
  const run = cli(...args)
  if (run.code !== 0) throw new Error(`weerbaar ${args.join(" ")} failed (${run.code}): ${run.stderr}${run.stdout}`)
  return run
}
const json = (...args: ReadonlyArray<string>) => JSON.parse(must(...args, "--json").stdout)
const eventCount = () => jsonOf(cli("verify", "--json"), shapes.verify).events
const draft = (id: string, title: string, ...more: ReadonlyArray<string>) =>
  cli(
    "proposal",
    "draft",
    id,
    "--body",
    "eg-ondermijnende-criminaliteit",
    "--title",
    title,
    "--budget",
    "projectleiding:politie-oost-nederland:2016:25000",
    "--practice",
    "bp-hennep",
    "--as",
    lid,
    ...more,
  )
/** Submitted by the trekker, approved by the Stuurgroep, accorded by the DVO. */
const throughTheRoute = (id: string) => {
  must("proposal", "submit", id, "--as", trekker)
  for (const [body, outcome, as] of [
    ["stuurgroep", "approve", "secretaris-stuurgroep"],
    ["dvo", "accord", "secretaris-dvo"],
  ] as const) {
    must("proposal", "decide", id, "--body", body, "--outcome", outcome, "--as", as, "--rationale", "Besproken.")
  }
}

beforeAll(() => {
  folder = tempFolder()
  initDecided(folder)
  must(
    "best-practice",
    "register",
    "bp-hennep",
    "--theme",
    "ondermijnende-criminaliteit",
    "--title",
    "Hennepconvenant",
    "--origin",
    "elders-nl",
    "--source",
    "VNON 2015",
    "--as",
    lid,
  )
  must(
    "best-practice",
    "register",
    "bp-bibob",
    "--theme",
    "weerbare-overheid",
    "--title",
    "Bibob-beleid",
    "--origin",
    "elders-nl",
    "--source",
    "LBB",
    "--as",
    "lid-eg-wo-arnhem",
  )
}, 120_000)

afterEach(() => new Promise<void>((resolve) => setImmediate(resolve)))

describe("a pilot proposal through the CLI", () => {
  it("a --pilot-municipality that is no municipality exits 2 naming it and stores nothing", () => {
    const before = eventCount()
    const run = draft(
      "bv-pilot-fout",
      "Pilot",
      "--pilot-municipality",
      "rheden",
      "--pilot-municipality",
      "nergenshuizen",
    )
    expect(run.code).toBe(2)
    expect(run.stderr).toContain("--pilot-municipality")
    expect(run.stderr).toContain("nergenshuizen")
    expect(eventCount()).toBe(before)
  })

  it("edit --clear-pilot makes a pilot proposal a plain proposal again; an edit without pilot options keeps it", () => {
    expect(draft("bv-pilot-weg", "Pilot", "--pilot-municipality", "kampen").code).toBe(0)
    must("proposal", "edit", "bv-pilot-weg", "--title", "Nog steeds een pilot", "--as", lid)
    expect(json("proposal", "show", "bv-pilot-weg").content.pilot).toEqual({ municipalities: ["kampen"] })
    must("proposal", "edit", "bv-pilot-weg", "--clear-pilot", "--as", lid)
    expect(json("proposal", "show", "bv-pilot-weg").content.pilot).toBeUndefined()
  })

  it("is accorded, piloted and evaluated, and a roll-out proposal of the same practice is accorded after it", () => {
    expect(draft("bv-pilot", "Pilot hennepconvenant", "--pilot-municipality", "rheden").code).toBe(0)
    expect(json("proposal", "show", "bv-pilot").content.pilot).toEqual({
      municipalities: ["rheden"],
    })
    throughTheRoute("bv-pilot")
    const afterPilot = json("best-practice", "show", "bp-hennep")
    expect(afterPilot.status).toBe("kandidaat")
    expect(afterPilot.pilotAccord.municipalities).toEqual(["rheden"])
    expect(must("best-practice", "show", "bp-hennep").stdout).toContain("pilot accorded by DVO")
    const register = json("register", "--item", "bv-pilot").decisions
    expect(register.map((d: { pilotMunicipalities?: ReadonlyArray<string> }) => d.pilotMunicipalities)).toEqual([
      undefined,
      ["rheden"],
    ])
    expect(must("register", "--item", "bv-pilot").stdout).toContain("bv-pilot v1 pilot rheden")

    must("best-practice", "start-pilot", "bp-hennep", "--as", trekker)
    must("track", "set", "bp-hennep", "rheden", "--phase", "pilot", "--as", "burgemeester-rheden")
    must(
      "best-practice",
      "evaluate",
      "bp-hennep",
      "--kind",
      "pilot",
      "--method",
      "Voor- en nameting",
      "--findings",
      "Meer ontmantelingen",
      "--evidence",
      "goed-beschreven",
      "--by",
      "RIEC",
      "--as",
      lid,
    )
    expect(json("best-practice", "show", "bp-hennep").status).toBe("beproefd")

    expect(draft("bv-uitrol", "Uitrol hennepconvenant").code).toBe(0)
    throughTheRoute("bv-uitrol")
    const rolledOut = json("best-practice", "show", "bp-hennep")
    expect(rolledOut.status).toBe("geaccordeerd")
    expect(rolledOut.accord.itemId).toBe("bv-uitrol")
    expect(rolledOut.pilotAccord.accord.itemId).toBe("bv-pilot")
  }, 120_000)

  it("links practices across themes, shows the link on both and the coherence by name in the CLI and the report", () => {
    must(
      "best-practice",
      "link",
      "bp-hennep",
      "--related",
      "bp-bibob",
      "--note",
      "Bibob sluit de hennepaanpak af.",
      "--as",
      "secretaris-stuurgroep",
    )
    expect(must("best-practice", "show", "bp-bibob").stdout).toContain(
      "linked to bp-hennep: Bibob sluit de hennepaanpak af.",
    )
    const again = cli("best-practice", "link", "bp-hennep", "--related", "bp-bibob", "--note", "Nog eens.", "--as", lid)
    expect(again.code).toBe(1)
    expect(again.stderr).toContain("practice.already-linked")
    const coherence = must("best-practice", "coherence").stdout
    expect(coherence).toContain("Bibob-beleid (Weerbare Overheid) ↔ Hennepconvenant (Ondermijnende Criminaliteit)")
    expect(coherence).toContain("Rheden: pilot")
    const out = path.join(folder, "status.md")
    must("report", "--out", out)
    const markdown = fs.readFileSync(out, "utf8")
    expect(markdown).toContain("## Samenhang")
    expect(markdown).toContain("Bibob sluit de hennepaanpak af.")
    const html = path.join(folder, "status.html")
    must("report", "--format", "html", "--out", html)
    expect(fs.readFileSync(html, "utf8")).toContain("<h2>Samenhang</h2>")
  }, 120_000)
})
