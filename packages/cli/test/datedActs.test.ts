import { beforeAll, describe, expect, it } from "vitest"
import { shapes } from "./shapes.js"
import { jsonOf, tempFolder, weerbaar } from "./support.js"

let folder = ""
const cli = (...args: ReadonlyArray<string>) => weerbaar(folder, ...args)
const eventCount = () => jsonOf(cli("verify", "--json"), shapes.verify).events
const daysAgo = (days: number): string => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10)
// Before its first move a track has no municipality yet in its JSON, so the phase is read as is.
const doesburgPhase = (): string =>
  JSON.parse(cli("track", "show", "bp-bibob-beleid", "doesburg", "--json").stdout).tracks[0].phase

// The demo's Bibob measure was accorded by the DVO on 2016-10-13; Doesburg has no track of it yet.
beforeAll(() => {
  folder = tempFolder()
  const demo = cli("demo")
  expect(demo.code, demo.stderr).toBe(0)
})

describe("weerbaar track set --date", () => {
  const set = (date: string, ...more: ReadonlyArray<string>) =>
    cli(
      "track",
      "set",
      "bp-bibob-beleid",
      "doesburg",
      "--phase",
      "gepland",
      "--date",
      date,
      "--as",
      "burgemeester-doesburg",
      ...more,
    )

  it("a track dated before the accord of its measure exits 1 with track.before-accord and stores nothing", () => {
    const before = eventCount()
    const run = set("2016-10-01")
    expect(run.code, run.stderr).toBe(1)
    expect(run.stderr).toContain("track.before-accord")
    expect(run.stderr).toContain("De datum 2016-10-01 ligt vóór het akkoord van bp-bibob-beleid op 2016-10-13.")
    const json = jsonOf(set("2016-10-01", "--json"), shapes.refused)
    expect(json.refused.violations.map((v) => v.code)).toEqual(["track.before-accord"])
    expect(eventCount()).toBe(before)
    expect(doesburgPhase()).toBe("geen")
  })

  it("a track entered today for last week, after the accord, is stored with last week's date", () => {
    const lastWeek = daysAgo(7)
    const run = set(lastWeek, "--json")
    expect(run.code, run.stderr).toBe(0)
    expect(doesburgPhase()).toBe("gepland")
    expect(cli("track", "show", "bp-bibob-beleid", "doesburg").stdout).toContain(lastWeek)
  })
})
