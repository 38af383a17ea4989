import { spawn } from "node:child_process"
import * as fs from "node:fs"
import { createServer } from "node:net"
import * as path from "node:path"
import { fileURLToPath } from "node:url"
import { afterAll, describe, expect, it } from "vitest"
import { tempFolder, weerbaar } from "./support.js"

const bin = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "bin", "weerbaar.js")
const folder = tempFolder()
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }))

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer()
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address()
      probe.close(() => resolve(typeof address === "object" && address !== null ? address.port : 0))
    })
  })

describe("weerbaar serve", () => {
  it("serves the REST API on the store and lets notifications go only to the allowed callback hosts", async () => {
    expect(weerbaar(folder, "init", "--preset", "samen-weerbaar", "--as", "secretaris-stuurgroep").code).toBe(0)
    const issued = weerbaar(
      folder,
      "token",
      "create",
      "--person",
      "secretaris-dvo",
      "--as",
      "secretaris-stuurgroep",
      "--json",
    )
    expect(issued.code).toBe(0)
    const token = JSON.parse(issued.stdout).token as string
    const port = await freePort()
    const server = spawn(
      process.execPath,
      [bin, "serve", "--port", String(port), "--allow-callback-host", "127.0.0.1"],
      { cwd: folder, stdio: "ignore" },
    )
    try {
      const base = `http://127.0.0.1:${port}/v1`
      const deadline = Date.now() + 20_000
      while (true) {
        const up = await fetch(`${base}/openapi.json`).then(
          (r) => r.ok,
          () => false,
        )
        if (up) break
        if (Date.now() > deadline) throw new Error("the server did not start")
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
      const subscribe = (callbackUrl: string) =>
        fetch(`${base}/abonnementen`, {
          method: "POST",
          headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
          body: JSON.stringify({ callbackUrl, kanalen: ["besluiten"] }),
        })
      expect((await subscribe("http://127.0.0.1:9/notificaties")).status).toBe(201)
      expect((await subscribe("http://192.0.2.1/notificaties")).status).toBe(400)
    } finally {
      server.kill("SIGTERM")
    }
  }, 60_000)

  it("on a port in use says which port and why, with exit 2", async () => {
    const busy = createServer()
    const port = await new Promise<number>((resolve) => {
      busy.listen(0, "127.0.0.1", () => {
        const address = busy.address()
        resolve(typeof address === "object" && address !== null ? address.port : 0)
      })
    })
    try {
      if (!fs.existsSync(path.join(folder, "weerbaar.db"))) expect(weerbaar(folder, "init").code).toBe(0)
      const run = weerbaar(folder, "serve", "--port", String(port))
      expect(run.code, run.stderr).toBe(2)
      expect(run.stderr).toContain(`port ${port}`)
      expect(run.stderr).toContain("in use")
      expect(run.stderr).toMatch(/next: .*--port/)
      expect(run.stderr).not.toContain("serving")
    } finally {
      await new Promise((resolve) => busy.close(resolve))
    }
  })
})
