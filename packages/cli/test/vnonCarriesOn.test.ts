import * as path from "node:path"
import { Governance } from "@weerbaar/core"
import { beforeAll, describe, expect, it } from "vitest"
import { initDecided, type Run, tempFolder, weerbaar } from "./support.js"

let folder = ""
const practice = "bp-lokaal-ondermijningsbeeld"
const cli = (...args: ReadonlyArray<string>) => weerbaar(folder, ...args, "--db", "vnon.db")
const ok = (run: Run) => {
  expect(run.code, run.stderr).toBe(0)
  return run
}

beforeAll(() => {
  folder = tempFolder()
  // A Samen Weerbaar store up to its handover (the demo's), and its package.
  ok(weerbaar(folder, "demo", "--db", "sw.db"))
  ok(weerbaar(folder, "handover", "export", "overdracht-2018", "--out", "pkg.json", "--db", "sw.db"))
  // A fresh VNON store that imports it.
  initDecided(folder, { db: "vnon.db", model: Governance.vnonNetwerk() })
  ok(cli("handover", "import", "pkg.json", "--as", "secretaris-eg-ondermijning-vnon"))
})

describe("VNON carries on with what it took over, through the CLI", () => {
  it("VNON's expert group revises an imported practice: version 2 with who, when and why, the package's digest kept", () => {
    const revised = ok(
      cli(
        "best-practice",
        "revise",
        practice,
        "--as",
        "lid-eg-ondermijning-vnon-riec",
        "--reason",
        "Aangepast aan de districten van Oost-Nederland",
        "--context",
        "Gemeenten in heel Oost-Nederland",
      ),
    )
    expect(revised.stdout).toContain("stored PracticeRevised")
    const shown = JSON.parse(ok(cli("best-practice", "show", practice, "--json")).stdout)
    expect(shown.version).toBe(2)
    expect(shown.documentation.context).toBe("Gemeenten in heel Oost-Nederland")
    expect(shown.documentation.conditions).not.toBe("")
    expect(shown.lineage.from.programme).toBe("Samen Weerbaar")
    expect(shown.lineage.from.packageDigest).toMatch(/^[0-9a-f]{64}$/)
    expect(shown.lineage.versions.map((v: { version: number; by: string }) => [v.version, v.by])).toEqual([
      [1, "Stuurgroep Samen Weerbaar"],
      [2, "lid-eg-ondermijning-vnon-riec"],
    ])
    expect(ok(cli("best-practice", "show", practice)).stdout).toContain(
      "lid-eg-ondermijning-vnon-riec: Aangepast aan de districten van Oost-Nederland [documentation]",
    )
    expect(ok(cli("best-practice", "list")).stdout).toMatch(/bp-lokaal-ondermijningsbeeld .* 2 \(Samen Weerbaar\)/)
  })

  it("a revision that changes nothing is refused (exit 1) and one without a reason is bad input (exit 2)", () => {
    const same = cli(
      "best-practice",
      "revise",
      practice,
      "--as",
      "burgemeester-deventer",
      "--reason",
      "x",
      "--title",
      "Lokaal ondermijningsbeeld",
    )
    expect(same.code).toBe(1)
    expect(same.stderr).toContain("practice.revision-changes-nothing")
    const noReason = cli("best-practice", "revise", practice, "--as", "burgemeester-deventer", "--title", "Nieuw")
    expect(noReason.code).toBe(2)
    expect(noReason.stderr).toContain("--reason")
    const unknown = cli(
      "best-practice",
      "revise",
      "bp-bestaat-niet",
      "--as",
      "burgemeester-deventer",
      "--reason",
      "x",
      "--context",
      "Elders",
    )
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toContain("there is no Best Practice 'bp-bestaat-niet'")
  })

  it("VNON evaluates the execution and starts it in its own municipalities; the status stays the network's", () => {
    const evaluated = ok(
      cli(
        "best-practice",
        "evaluate",
        practice,
        "--as",
        "burgemeester-deventer",
        "--kind",
        "uitvoering",
        "--method",
        "vergelijking tussen districten",
        "--findings",
        "werkt ook in Twente",
        "--evidence",
        "goed-onderbouwd",
        "--by",
        "RIEC Oost-Nederland",
      ),
    )
    expect(evaluated.stdout).toContain(`${practice}: overgedragen`)
    ok(cli("best-practice", "start-execution", practice, "--as", "burgemeester-deventer"))
    const again = cli("best-practice", "start-execution", practice, "--as", "burgemeester-deventer")
    expect(again.code).toBe(1)
    expect(again.stderr).toContain("practice.network-execution-started")
    // The execution per municipality: a track in Deventer, a municipality of VNON's model.
    ok(cli("track", "set", practice, "deventer", "--phase", "gepland", "--as", "burgemeester-deventer"))
    ok(cli("track", "set", practice, "deventer", "--phase", "in_uitvoering", "--as", "burgemeester-deventer"))
    expect(ok(cli("track", "show", practice)).stdout).toMatch(/deventer.*in_uitvoering/i)
  })

  it("a programme expert joins VNON's expert group with their history, visible in the governance tree", () => {
    expect(ok(weerbaar(folder, "handover", "experts", "pkg.json")).stdout).toContain("lid-eg-oc-riec")
    const outsider = cli(
      "handover",
      "join",
      "pkg.json",
      "--person",
      "lid-eg-oc-riec",
      "--body",
      "eg-ondermijning-vnon",
      "--from",
      "2019-01-01",
      "--as",
      "voorzitter-bbg",
    )
    expect(outsider.code).toBe(1)
    expect(outsider.stderr).toContain("model.may-not-change-memberships")
    const joined = ok(
      cli(
        "handover",
        "join",
        "pkg.json",
        "--person",
        "lid-eg-oc-riec",
        "--body",
        "eg-ondermijning-vnon",
        "--from",
        "2019-01-01",
        "--as",
        "burgemeester-deventer",
      ),
    )
    expect(joined.stdout).toContain("history in Samen Weerbaar (Gelderland-Midden)")
    const tree = ok(cli("governance", "--date", "2019-02-01")).stdout
    expect(tree).toContain(
      "lid Expertgroep Ondermijnende Criminaliteit (RIEC) (eerder in Samen Weerbaar: Expertgroep Ondermijnende Criminaliteit lid",
    )
    expect(tree).toContain("↔ voorzitter Expertgroep Ondermijning VNON: burgemeester Deventer")
    const json = JSON.parse(ok(cli("governance", "--date", "2019-02-01", "--json")).stdout)
    const group = json.bodies.find((b: { id: string }) => b.id === "eg-ondermijning-vnon")
    expect(group.members.find((m: { person: string }) => m.person === "lid-eg-oc-riec").history.programme).toBe(
      "Samen Weerbaar",
    )
    expect(json.liaisons[0].counterpart).toBe("burgemeester-deventer")
    const bad = cli(
      "handover",
      "join",
      path.join(folder, "pkg.json"),
      "--person",
      "niemand",
      "--body",
      "eg-ondermijning-vnon",
      "--from",
      "2019-13-01",
      "--as",
      "burgemeester-deventer",
    )
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain("--from")
  })
})
