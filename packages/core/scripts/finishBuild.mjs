// Completes the build after tsup and tsc:
// - each namespace's CommonJS entry is the root bundle's namespace, so `require("@weerbaar/core/Route")`
//   and `require("@weerbaar/core").Route` are one object with one copy of every class;
// - the declarations in dist/dts serve both `import` and `require`: marked CommonJS, TypeScript reads
//   them the same from either (as it reads Effect's), while the runtime files keep their own format.
import { writeFileSync } from "node:fs"
import { namespaces } from "./namespaces.mjs"

const dist = new URL("../dist/", import.meta.url)
for (const name of namespaces) {
  writeFileSync(new URL(`${name}.cjs`, dist), `"use strict"\nmodule.exports = require("./index.cjs").${name}\n`)
}
writeFileSync(new URL("dts/package.json", dist), `${JSON.stringify({ type: "commonjs" })}\n`)
