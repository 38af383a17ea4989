import { NotAWeerbaarStore } from "@weerbaar/adapters-sqlite"
import { Kernel, Store } from "@weerbaar/core"
import { describe, expect, it } from "vitest"
import { BadInput } from "../src/cli/errors.js"
import { describeFailure, unexpected } from "../src/cli/failure.js"

const refused = new Kernel.Refused({
  command: "RecordDecision",
  violations: [
    new Kernel.RuleViolation({
      code: "route.previous-step-not-approved",
      rule: { nl: "eerst de Stuurgroep", en: "the Stuurgroep first" },
      facts: {},
      explanation: { nl: "De Stuurgroep keurde versie 1 niet goed.", en: "The Stuurgroep did not approve version 1." },
    }),
  ],
})

describe("a command's failure as the terminal tells it", () => {
  it("a refusal exits 1 and names each rule's code with its explanation in the chosen language", () => {
    const told = describeFailure(refused, "en")
    expect(told.exitCode).toBe(1)
    expect(told.lines).toContain("  route.previous-step-not-approved: The Stuurgroep did not approve version 1.")
    expect(told.json).toMatchObject({
      refused: {
        command: "RecordDecision",
        violations: [
          { code: "route.previous-step-not-approved", explanation: "The Stuurgroep did not approve version 1." },
        ],
      },
    })
    expect(describeFailure(refused, "nl").lines[0]).toBe("geweigerd: RecordDecision")
  })

  it("input the user can correct exits 2 with its kind and what to do next", () => {
    const bad = describeFailure(new BadInput({ problem: "no such item", next: "list them" }), "en")
    expect(bad).toEqual({
      exitCode: 2,
      lines: ["error: no such item", "next: list them"],
      json: { error: { kind: "BadInput", message: "no such item", next: "list them" } },
    })
    const store = describeFailure(new NotAWeerbaarStore({ filename: "x.db", reason: "not SQLite" }), "en")
    expect(store.exitCode).toBe(2)
    expect(store.json).toMatchObject({ error: { kind: "NotAWeerbaarStore", message: expect.stringContaining("x.db") } })
    const conflict = describeFailure(
      new Store.StreamVersionConflict({ streamId: "item-a", expectedVersion: 1, actualVersion: 2 }),
      "en",
    )
    expect(conflict.lines.at(-1)).toContain("look again with `show` and retry")
  })

  it("a thrown value no command names keeps its tag and message, or is told as an Error", () => {
    expect(describeFailure(unexpected(new Error("boom")), "en").json).toEqual({
      error: { kind: "Error", message: "boom" },
    })
    const tagged = { _tag: "SqlError", message: "disk I/O error" }
    expect(describeFailure(unexpected(tagged), "en")).toMatchObject({
      exitCode: 2,
      json: { error: { kind: "SqlError", message: "disk I/O error" } },
    })
    expect(describeFailure(unexpected("plain"), "en").json).toEqual({ error: { kind: "Error", message: "plain" } })
  })
})
