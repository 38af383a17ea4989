// `npm start`: builds the packages when they are not built, then runs the main job of the `weerbaar` command.
import { execFileSync } from "node:child_process"
import { existsSync } from "node:fs"

const packages = ["core", "adapters-sqlite", "adapters-http", "cli"]
if (packages.some((p) => !existsSync(`packages/${p}/dist/index.js`)) || !existsSync("packages/cli/dist/bin.js")) {
  execFileSync("npm", ["run", "build"], { stdio: "inherit" })
}
execFileSync(process.execPath, ["packages/cli/dist/bin.js", ...process.argv.slice(2)], { stdio: "inherit" })
