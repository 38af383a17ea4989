// Writes the JSON Schemas generated from the core's schemas to docs/schemas.
import { mkdirSync, writeFileSync } from "node:fs"
import { Governance } from "@weerbaar/core"

mkdirSync("docs/schemas", { recursive: true })
for (const [name, schema] of Object.entries(Governance.jsonSchemas())) {
  writeFileSync(`docs/schemas/${name}.schema.json`, `${JSON.stringify(schema, null, 2)}\n`)
  console.log(`docs/schemas/${name}.schema.json`)
}
