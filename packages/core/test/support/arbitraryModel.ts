import { FastCheck as fc } from "effect"
import type { Governance } from "@weerbaar/core"

type Json = Governance.GovernanceModelJson

const day = fc
  .integer({ min: 0, max: 3650 })
  .map((n) => new Date(Date.UTC(2015, 0, 1) + n * 86_400_000).toISOString().slice(0, 10))

/** Generates governance models that are valid by construction: every reference resolves. */
export const arbitraryValidModel: fc.Arbitrary<Json> = fc
  .record({
    gemeenten: fc.uniqueArray(fc.integer({ min: 1, max: 9999 }), { minLength: 1, maxLength: 6 }),
    partnerKinds: fc.array(
      fc.constantFrom(
        ...(["om", "politie", "riec", "veiligheidsregio", "provincie", "belastingdienst", "overig"] as const),
      ),
      { maxLength: 4 },
    ),
    themes: fc.subarray(["weerbare-overheid", "weerbare-maatschappij", "ondermijnende-criminaliteit"] as const),
    personCount: fc.integer({ min: 2, max: 12 }),
    budget: fc.integer({ min: 0, max: 2_000_000_000 }),
    startDate: day,
    quorum: fc.option(fc.integer({ min: 1, max: 100 }), { nil: undefined }),
    method: fc.constantFrom(...(["consensus", "majority", "unanimity"] as const)),
    seed: fc.array(
      fc.record({
        person: fc.nat(),
        body: fc.nat(),
        role: fc.constantFrom(
          ...([
            "voorzitter",
            "trekker",
            "lid",
            "secretaris",
            "ondersteuning-beleid",
            "ondersteuning-communicatie",
          ] as const),
        ),
        from: day,
        length: fc.option(fc.integer({ min: 0, max: 900 }), { nil: undefined }),
      }),
      { maxLength: 25 },
    ),
    names: fc.array(
      fc.string({ minLength: 1, maxLength: 12 }).map((s) => `x${s.trim()}`),
      { minLength: 12, maxLength: 12 },
    ),
  })
  .map((g): Json => {
    const organisations: Json["organisations"] = [
      ...g.gemeenten.map((n) => ({
        kind: "gemeente" as const,
        id: `gemeente-${n}`,
        name: `Gemeente ${n}`,
        cbsCode: `GM${String(n).padStart(4, "0")}`,
      })),
      ...g.partnerKinds.map((kind, i) => ({ kind, id: `partner-${i}`, name: `Partner ${i}` })),
    ]
    const persons = Array.from({ length: g.personCount }, (_, i) => ({
      id: `persoon-${i}`,
      displayName: g.names[i % g.names.length] ?? `persoon ${i}`,
      organisation: organisations[i % organisations.length]!.id,
    }))
    const bodies: Json["bodies"] = [
      {
        id: "bestuur",
        name: "Bestuur",
        level: "bestuurlijk",
        decisionRule: g.quorum === undefined ? { method: g.method } : { method: g.method, quorumPercent: g.quorum },
      },
      { id: "sturing", name: "Sturing", level: "besturing", decisionRule: { method: "consensus" } },
      ...g.themes.map((theme) => ({
        id: `eg-${theme}`,
        name: `Expertgroep ${theme}`,
        level: "beleid" as const,
        theme,
        decisionRule: { method: "consensus" as const },
      })),
    ]
    const memberships: Array<Json["memberships"][number]> = g.themes.map((theme, i) => ({
      person: persons[i % persons.length]!.id,
      body: `eg-${theme}`,
      role: "trekker" as const,
      from: g.startDate,
    }))
    const taken = new Set(memberships.map((m) => `${m.person}|${m.body}|${m.role}`))
    for (const s of g.seed) {
      const person = persons[s.person % persons.length]!.id
      const body = bodies[s.body % bodies.length]!.id
      const key = `${person}|${body}|${s.role}`
      if (taken.has(key)) continue
      taken.add(key)
      const to =
        s.length === undefined
          ? undefined
          : new Date(Date.parse(`${s.from}T00:00:00Z`) + s.length * 86_400_000).toISOString().slice(0, 10)
      memberships.push(
        to === undefined
          ? { person, body, role: s.role, from: s.from }
          : { person, body, role: s.role, from: s.from, to },
      )
    }
    return {
      modelVersion: 1,
      programme: {
        name: "Programma",
        district: "District",
        municipalities: g.gemeenten.map((n) => `gemeente-${n}`),
        availableBudget: g.budget,
        startDate: g.startDate,
      },
      organisations,
      persons,
      bodies,
      memberships,
      routes: [
        {
          item: "beleidsvoorstel",
          drafter: { level: "beleid" },
          budget: "required",
          steps: [
            { body: "sturing", outcomes: ["approve", "return", "reject"] },
            { body: "bestuur", outcomes: ["accord", "return", "reject"] },
          ],
        },
        {
          item: "voortgangsrapportage",
          drafter: { body: "sturing" },
          budget: "none",
          steps: [{ body: "bestuur", outcomes: ["take-note"] }],
        },
      ],
    }
  })
