import { existsSync, readdirSync, readFileSync } from "node:fs"
import { assert, describe, it } from "@effect/vitest"
import type { Kernel } from "@weerbaar/core"

// Each rule group of the route decider has its given/when/then file beside it here: a rule added
// to `src/routes/rules/` without a test that names its code fails this check.
const rulesDir = new URL("../../../src/routes/rules/", import.meta.url)
const groups = readdirSync(rulesDir)
  .filter((file) => file.endsWith(".ts"))
  .map((file) => file.slice(0, -".ts".length))

const isRule = (value: unknown): value is Kernel.Rule<never> =>
  typeof value === "object" &&
  value !== null &&
  "code" in value &&
  typeof value.code === "string" &&
  "explain" in value &&
  typeof value.explain === "function"

describe("the route's rule book", () => {
  it("has rule groups to check", () => {
    assert.isAtLeast(groups.length, 12)
  })

  for (const group of groups) {
    it(`${group}: every rule it defines is named in ${group}.test.ts`, async () => {
      const module: Record<string, unknown> = await import(new URL(`${group}.ts`, rulesDir).href)
      const codes = Object.values(module)
        .filter(isRule)
        .map((rule) => rule.code)
      assert.isNotEmpty(codes, `${group} defines rules`)
      const file = new URL(`${group}.test.ts`, import.meta.url)
      assert.isTrue(existsSync(file), `${group}.test.ts is missing beside the other rule tests`)
      const test = readFileSync(file, "utf8")
      const unnamed = codes.filter((code) => !test.includes(`"${code}"`))
      assert.deepStrictEqual(unnamed, [], `rules of ${group} without a test`)
    })
  }
})
