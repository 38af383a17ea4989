import { spawn } from "node:child_process"
import * as fs from "node:fs"
import * as path from "node:path"
import { fileURLToPath } from "node:url"
import { afterAll, describe, expect, it } from "vitest"
import { tempFolder, weerbaar } from "./support.js"

const bin = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "bin", "weerbaar.js")
const folder = tempFolder()
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }))

describe("weerbaar serve --port 0", () => {
  it("names the port the system chose, and serves on it", async () => {
    expect(weerbaar(folder, "init", "--preset", "samen-weerbaar", "--as", "secretaris-stuurgroep").code).toBe(0)
    const server = spawn(process.execPath, [bin, "serve", "--port", "0"], {
      cwd: folder,
      stdio: ["ignore", "ignore", "pipe"],
    })
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let stderr = ""
        server.stderr.on("data", (part: Buffer) => {
          stderr += part.toString()
          const found = /on (http:\/\/\S+\/v1)/.exec(stderr)
          if (found !== null) resolve(found[1]!)
        })
        server.on("exit", (code) => reject(new Error(`serve exited with ${code}: ${stderr}`)))
      })
      expect(url).not.toMatch(/:0\/v1$/)
      const response = await fetch(`${url}/openapi.json`, { signal: AbortSignal.timeout(10_000) })
      expect(response.status).toBe(200)
    } finally {
      server.kill("SIGTERM")
    }
  }, 60_000)
})
