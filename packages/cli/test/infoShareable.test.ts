import * as fs from "node:fs"
import * as path from "node:path"
import { afterEach, beforeAll, describe, expect, it } from "vitest"
import { shapes } from "./shapes.js"
import { initDecided, jsonOf, type Run, tempFolder, weerbaar } from "./support.js"

const secretaris = "secretaris-stuurgroep"
const geheim = "Lokaal beeld Rheden: loods Zwanenburg"
const inhoud = "Namen en adressen van de betrokkenen."
const deelbaar = "OMG's en drugs werken in Rheden door in vastgoed; aanknopingspunten voor een bestuurlijke aanpak."
let folder = ""
const cli = (...args: ReadonlyArray<string>) => weerbaar(folder, ...args)
const must = (...args: ReadonlyArray<string>) => {
  const run = cli(...args)
  if (run.code !== 0) throw new Error(`weerbaar ${args.join(" ")} failed (${run.code}): ${run.stderr}${run.stdout}`)
  return run
}
const eventCount = () => jsonOf(cli("verify", "--json"), shapes.verify).events
const refusedWith = (run: Run, code: string) => {
  expect(run.code, run.stderr).toBe(1)
  expect(jsonOf(run, shapes.refused).refused.violations.map((v) => v.code)).toContain(code)
}

beforeAll(() => {
  folder = tempFolder()
  initDecided(folder)
}, 120_000)

afterEach(() => new Promise<void>((resolve) => setImmediate(resolve)))

describe("a confidential product's shareable summary through the CLI, on a fresh store", () => {
  it("the RIEC registers Rheden's picture; `info list` names who is entitled to it and for what purpose", () => {
    must(
      "info",
      "register",
      "lokaal-ob-rheden",
      "--kind",
      "lokaal-ondermijningsbeeld",
      "--producer",
      "riec-oost-nederland",
      "--scope",
      "rheden",
      "--theme",
      "drugs",
      "--classification",
      "vertrouwelijk",
      "--title",
      geheim,
      "--summary",
      inhoud,
      "--as",
      "manager-riec",
    )
    const listed = jsonOf(cli("info", "list", "--json"), shapes.infoList).products[0]
    expect(listed?.entitlements.map((e) => e.holder).sort()).toEqual([
      "burgemeester-rheden",
      "lid-eg-oc-rheden",
      "riec-oost-nederland",
    ])
    expect(listed?.entitlements.every((e) => e.purpose !== undefined)).toBe(true)
    expect(cli("info", "list").stdout).toContain("burgemeester-rheden")
  }, 120_000)

  it("refusals and bad input store nothing: no summary before delivery, no delivery by the secretary, an empty text or a bad date", () => {
    const before = eventCount()
    refusedWith(
      cli("info", "approve-summary", "lokaal-ob-rheden", "--text", deelbaar, "--as", "manager-riec", "--json"),
      "information.summary-before-delivery",
    )
    refusedWith(
      cli("info", "deliver", "lokaal-ob-rheden", "--title", "t", "--summary", "s", "--as", secretaris, "--json"),
      "access.vertrouwelijk-content-entitled-only",
    )
    const empty = cli("info", "approve-summary", "lokaal-ob-rheden", "--text", " ", "--as", "manager-riec")
    expect(empty.code, empty.stderr).toBe(2)
    expect(empty.stderr).toContain("--text")
    const date = cli(
      "info",
      "approve-summary",
      "lokaal-ob-rheden",
      "--text",
      deelbaar,
      "--date",
      "2016-02-30",
      "--as",
      "manager-riec",
    )
    expect(date.code, date.stderr).toBe(2)
    expect(date.stderr).toContain("--date")
    expect(eventCount()).toBe(before)
  }, 120_000)

  it("the handover package offers the approved summary of the delivered product, never its title or content", () => {
    must("info", "deliver", "lokaal-ob-rheden", "--title", geheim, "--summary", inhoud, "--as", "manager-riec")
    refusedWith(
      cli("info", "approve-summary", "lokaal-ob-rheden", "--text", deelbaar, "--as", secretaris, "--json"),
      "information.summary-approver-not-producer",
    )
    must("info", "approve-summary", "lokaal-ob-rheden", "--text", deelbaar, "--as", "manager-riec")
    expect(must("info", "show", "lokaal-ob-rheden", "--as", "burgemeester-rheden").stdout).toContain(deelbaar)

    const eg = ["--as", "lid-eg-oc-rheden"]
    const decide = (group: string, id: string, body: string, outcome: string, as: string) =>
      must(group, "decide", id, "--body", body, "--outcome", outcome, "--as", as, "--rationale", "Besproken.")
    must(
      "best-practice",
      "register",
      "bp-lob",
      "--theme",
      "ondermijnende-criminaliteit",
      "--title",
      "Lokaal ondermijningsbeeld",
      "--origin",
      "eigen-ontwikkeling",
      "--source",
      "Rheden",
      ...eg,
    )
    must(
      "proposal",
      "draft",
      "bv-lob",
      "--body",
      "eg-ondermijnende-criminaliteit",
      "--title",
      "Lokaal ondermijningsbeeld",
      "--budget",
      "projectleiding:politie-oost-nederland:2016:1000",
      "--practice",
      "bp-lob",
      ...eg,
    )
    must("proposal", "submit", "bv-lob", "--as", "trekker-eg-ondermijnende-criminaliteit")
    decide("proposal", "bv-lob", "stuurgroep", "approve", secretaris)
    decide("proposal", "bv-lob", "dvo", "accord", "secretaris-dvo")
    must("best-practice", "start-execution", "bp-lob", ...eg)
    must(
      "best-practice",
      "document",
      "bp-lob",
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
      "bp-lob",
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
    must(
      "handover",
      "draft",
      "ovd-lob",
      "--body",
      "stuurgroep",
      "--title",
      "Overdracht aan VNON",
      "--practice",
      "bp-lob",
      "--as",
      secretaris,
    )
    must("handover", "submit", "ovd-lob", "--as", secretaris)
    decide("handover", "ovd-lob", "stuurgroep", "approve", "burgemeester-westervoort")
    must("handover", "create", "ovd-lob", "--as", secretaris)
    const file = path.join(folder, "pakket.json")
    must("handover", "export", "ovd-lob", "--out", file)
    const text = fs.readFileSync(file, "utf8")
    const pkg = JSON.parse(text)
    expect(pkg.packageVersion).toBe(2)
    const entry = pkg.content.information.products.find(
      (p: { productId: string }) => p.productId === "lokaal-ob-rheden",
    )
    expect(entry).toMatchObject({
      classification: "vertrouwelijk",
      shareableSummary: { text: deelbaar, approvedBy: "manager-riec" },
    })
    expect(text).not.toContain(geheim)
    expect(text).not.toContain(inhoud)
  }, 240_000)
})
