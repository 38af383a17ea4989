import { readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { assert, describe, it } from "@effect/vitest"
import { Governance } from "@weerbaar/core"

describe("published JSON Schemas", () => {
  it("docs/schemas holds exactly what the schemas generate (run `npm run docs` after a change)", () => {
    for (const [name, schema] of Object.entries(Governance.jsonSchemas())) {
      const file = fileURLToPath(new URL(`../../../../docs/schemas/${name}.schema.json`, import.meta.url))
      assert.deepStrictEqual(JSON.parse(readFileSync(file, "utf8")), JSON.parse(JSON.stringify(schema)), name)
    }
  })
})
