import { assert, describe, it } from "@effect/vitest"
import { Either, FastCheck as fc, Schema } from "effect"
import { Governance, Kernel } from "@weerbaar/core"

type Json = { -readonly [K in keyof Governance.GovernanceModelJson]: any }

const presetCopy = (): Json => JSON.parse(JSON.stringify(Governance.samenWeerbaarJson()))

const problemsOf = (input: unknown): Array<string> => {
  const result = Governance.decodeGovernanceModel(input)
  if (Either.isRight(result)) return []
  return result.left.problems.map((p) => `${Governance.formatPath(p.path)}: ${p.message}`)
}

const decode = (input: unknown): Governance.GovernanceModel => {
  const result = Governance.decodeGovernanceModel(input)
  if (Either.isLeft(result)) throw new Error(result.left.message)
  return result.right
}

/** A model as stored before themes, areas and dated municipalities: plain ids, no themes. */
const storedBefore = (): Json => {
  const json = presetCopy()
  delete json.themes
  delete json.programme.referenceMunicipalities
  json.programme.municipalities = Governance.municipalitiesGelderlandMidden.map((g) => g.id)
  return json
}

describe("models stored before the open model stay decodable", () => {
  it("given a model without themes and with plain municipality ids, when decoded, then it has the plan's three themes and the same municipalities, and encodes its municipalities as plain ids again", () => {
    const old = storedBefore()
    const model = decode(old)
    assert.deepStrictEqual(
      model.themes.map((t) => t.id),
      Governance.planThemes.map((t) => t.id),
    )
    assert.strictEqual(Governance.areaOn(model, Kernel.calendarDate("2030-01-01")).length, 15)
    const encoded = Governance.encodeGovernanceModel(model)
    assert.deepStrictEqual(encoded.programme, old.programme)
  })
})

describe("programme municipalities round-trip through JSON", () => {
  const day = fc
    .integer({ min: 0, max: 3650 })
    .map((n) => new Date(Date.UTC(2015, 0, 1) + n * 86_400_000).toISOString().slice(0, 10))
  const entry = fc.oneof(
    fc.constantFrom(...Governance.municipalitiesGelderlandMidden.map((g) => g.id)),
    fc.record(
      {
        id: fc.constantFrom(...Governance.municipalitiesGelderlandMidden.map((g) => g.id)),
        from: day,
        to: day,
        mergedInto: fc.constantFrom("zevenaar", "arnhem"),
      },
      { requiredKeys: ["id"] },
    ),
  )

  it("any entry — a plain id or an object with dates — decodes and encodes to itself, an object without dates as the plain id", () => {
    fc.assert(
      fc.property(entry, (json) => {
        const schema = Governance.ProgrammeMunicipalityEntry
        const decoded = Schema.decodeUnknownSync(schema)(json)
        assert.strictEqual(decoded.id, typeof json === "string" ? json : json.id)
        const bare = typeof json === "object" && Object.keys(json).length === 1
        assert.deepStrictEqual(Schema.encodeSync(schema)(decoded), bare ? json.id : json)
        assert.deepStrictEqual(Schema.decodeUnknownSync(schema)(Schema.encodeSync(schema)(decoded)), decoded)
      }),
      { numRuns: 200 },
    )
  })
})

describe("validating themes and areas", () => {
  it("a body's theme must be one of the model's themes, a theme is defined once", () => {
    const broken = presetCopy()
    broken.bodies[2].theme = "drugs"
    broken.themes.push({ id: "weerbare-overheid", name: { nl: "Dubbel", en: "Twice" } })
    assert.includeMembers(problemsOf(broken), [
      "bodies[2].theme: theme 'drugs' is not one of the model's themes (weerbare-overheid, weerbare-maatschappij, ondermijnende-criminaliteit)",
      "themes[3].id: duplicate theme id 'weerbare-overheid'",
    ])
  })

  it("a merger names another programme municipality and an end date; a reference municipality is not in the area", () => {
    const broken = presetCopy()
    broken.programme.municipalities.push({ id: "deventer", mergedInto: "kampen" })
    broken.programme.referenceMunicipalities.push({ id: "arnhem" })
    const n = broken.programme.municipalities.length - 1
    assert.includeMembers(problemsOf(broken), [
      `programme.municipalities[${n}].mergedInto: 'deventer' merges into 'kampen', which is not another programme municipality`,
      `programme.municipalities[${n}].mergedInto: 'deventer' merges into 'kampen' but has no end date (to)`,
      "programme.referenceMunicipalities[2]: 'arnhem' is a municipality of the programme's area, not a reference",
    ])
  })

  it("only a bestuurlijk body has an area, of programme municipalities, and two areas do not overlap", () => {
    const broken = presetCopy()
    broken.bodies[0].area = ["arnhem", "deventer"]
    broken.bodies[1].area = ["arnhem"]
    assert.includeMembers(problemsOf(broken), [
      "bodies[0].area[1]: 'deventer' is not a municipality of the programme",
      "bodies[1].area: only a bestuurlijk body has an area; 'stuurgroep' is besturing",
      "bodies[1].area[0]: 'arnhem' is already in the area of 'dvo'",
    ])
  })

  it("a second bestuurlijk body with an area is accepted beside the one without", () => {
    const json = presetCopy()
    json.bodies.push({
      id: "dvo-oost",
      name: "DVO Oost",
      level: "bestuurlijk",
      decisionRule: { method: "consensus" },
      area: ["zevenaar", "rijnwaarden"],
    })
    assert.deepStrictEqual(problemsOf(json), [])
    const model = decode(json)
    assert.deepStrictEqual(
      Governance.bestuurlijkBodiesFor(model, "zevenaar").map((b) => b.id),
      ["dvo-oost"],
    )
    assert.deepStrictEqual(
      Governance.bestuurlijkBodiesFor(model, "ede").map((b) => b.id),
      ["dvo"],
    )
  })
})
