// After `npm ci`, `npx weerbaar` at the repository root runs this workspace's CLI: the root depends
// on @weerbaar/cli, so npm links the workspace's bin, and npx never asks the registry for a package
// of that name. Needs the build (`npm test` builds first).
import { spawnSync } from "node:child_process"
import { readFileSync, realpathSync } from "node:fs"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { describe, expect, it } from "vitest"

const root = fileURLToPath(new URL("../..", import.meta.url))
const bin = join(root, "node_modules", ".bin", "weerbaar")
const workspaceBin = join(root, "packages", "cli", "bin", "weerbaar.js")

describe("npx weerbaar at the repository root", () => {
  it("is linked from the workspace, not installed from the registry", () => {
    const lock = JSON.parse(readFileSync(join(root, "package-lock.json"), "utf8"))
    expect(lock.packages["node_modules/@weerbaar/cli"]).toEqual({ resolved: "packages/cli", link: true })
    expect(realpathSync(bin)).toBe(realpathSync(workspaceBin))
  })

  it("runs the workspace's bin", () => {
    // --no: npx fails instead of installing when no local bin of that name exists.
    const result = spawnSync("npx", ["--no", "--", "weerbaar", "--help"], { cwd: root, encoding: "utf8" })
    expect(result.stderr).toBe("")
    expect(result.status).toBe(0)
    expect(result.stdout).toMatch(/^USAGE weerbaar /)
  })
})
