import { describe, expect, it } from "vitest"
import fc from "fast-check"
import { Governance, Kernel } from "@weerbaar/core"

const model = Governance.samenWeerbaar()
const day = (n: number) => Kernel.calendarDate(new Date(Date.UTC(2016, 0, 1 + n)).toISOString().slice(0, 10))

// A history: versions adopted in order, each valid from a day no earlier than the one before.
const history = fc.array(fc.nat(30), { minLength: 1, maxLength: 8 }).map((gaps) => {
  let d = 0
  return gaps.map((gap, i): Governance.ModelVersion => {
    d += gap
    return { version: i + 1, model, validFrom: day(d), decided: true, adoptedBy: "x", at: "2016-01-01T00:00:00.000Z" }
  })
})

describe("the version that judges an act dated D", () => {
  it("is the last adopted of those valid on D, whatever is adopted after it with a later date", () => {
    fc.assert(
      fc.property(history, fc.nat(300), history, (versions, d, later) => {
        const date = day(d)
        const found = Governance.versionOn(versions, date)!
        const expected =
          versions.filter((v) => v.validFrom <= date).at(-1) ??
          versions.filter((v) => v.validFrom === versions[0]!.validFrom).at(-1)
        expect(found).toBe(expected)
        // Versions adopted afterwards, valid only after D, change nothing for an act of D.
        const last = versions.at(-1)!.validFrom
        const after = later
          .map((v, i) => ({
            ...v,
            version: versions.length + i + 1,
            validFrom: day(d + 1 + (Number(v.validFrom.slice(8)) % 30)),
          }))
          .filter((v) => v.validFrom > last)
          .sort((a, b) => (a.validFrom < b.validFrom ? -1 : 1))
        expect(Governance.versionOn([...versions, ...after], date)).toBe(found)
      }),
    )
  })
})
