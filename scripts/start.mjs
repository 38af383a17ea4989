// `npm start`: builds the packages when they are not built, plays `weerbaar demo` into ./weerbaar.db
// (and the network's ./weerbaar.vnon.db) and prints the programme's report. Stores left by an
// earlier run are kept: they are moved aside to `weerbaar-<timestamp>.db` (and `.vnon.db`), never deleted.
import { execFileSync } from "node:child_process"
import { existsSync, renameSync } from "node:fs"

const packages = ["core", "adapters-sqlite", "adapters-http", "cli"]
if (packages.some((p) => !existsSync(`packages/${p}/dist/index.js`)) || !existsSync("packages/cli/dist/cli/main.js")) {
  execFileSync("npm", ["run", "build"], { stdio: "inherit" })
}

const stamp = new Date().toISOString().replace(/[-:]/g, "").replace(/\..*$/, "")
for (const store of ["weerbaar.db", "weerbaar.vnon.db"]) {
  if (existsSync(store)) {
    const kept = store.replace("weerbaar", `weerbaar-${stamp}`)
    renameSync(store, kept)
    console.log(`kept the earlier ${store} as ${kept}`)
  }
}

const weerbaar = (...args) =>
  execFileSync(process.execPath, ["packages/cli/bin/weerbaar.js", ...args], { stdio: "inherit" })
weerbaar("demo", "--db", "weerbaar.db", ...process.argv.slice(2))
console.log("\n")
weerbaar("report", "--db", "weerbaar.db", "--date", "2018-06-01")
