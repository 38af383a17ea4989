// Writes the API reference (typedoc) to docs/api and the JSON Schemas to docs/schemas, then checks
// that every relative link and anchor in README.md and the guides resolves.
import { execFileSync } from "node:child_process"

const run = (cmd, args) => execFileSync(cmd, args, { stdio: "inherit" })
run("npx", ["typedoc"])
run("npx", ["tsx", "--conditions=@weerbaar/source", "scripts/write-schemas.ts"])
run("npx", ["vitest", "run", "test/docs"])
