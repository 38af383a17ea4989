import { spawn } from "node:child_process"
import * as fs from "node:fs"
import { createServer } from "node:net"
import * as path from "node:path"
import { fileURLToPath } from "node:url"
import { Schema } from "effect"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { jsonOf, tempFolder, weerbaar } from "./support.js"

const bin = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "bin", "weerbaar.js")
let folder = ""
const cli = (...args: ReadonlyArray<string>) => weerbaar(folder, ...args)
const S = Schema.String
const issued = Schema.Struct({ tokenId: S, person: S, token: S, expiresAt: Schema.optional(S) })
const listed = Schema.Struct({
  tokens: Schema.Array(
    Schema.Struct({
      tokenId: S,
      person: S,
      label: S,
      issuedBy: S,
      issuedAt: S,
      expiresAt: Schema.optional(S),
      revokedAt: Schema.optional(S),
      revokedBy: Schema.optional(S),
      state: Schema.Literal("active", "expired", "revoked"),
    }),
  ),
})
const create = (...args: ReadonlyArray<string>) =>
  cli("token", "create", "--as", "secretaris-stuurgroep", "--json", ...args)

beforeAll(() => {
  folder = tempFolder()
  expect(cli("init", "--preset", "samen-weerbaar", "--as", "secretaris-stuurgroep").code).toBe(0)
})
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }))

describe("weerbaar token", () => {
  it("issues tokens only to persons of the model: --person nobody is exit 2 naming it, the store unchanged", () => {
    const before = fs.readFileSync(path.join(folder, "weerbaar.db"))
    const run = create("--person", "nobody")
    expect(run.code, run.stderr).toBe(2)
    expect(run.stderr).toContain("'nobody'")
    expect(run.stderr).toMatch(/next: .*governance/)
    expect(fs.readFileSync(path.join(folder, "weerbaar.db")).equals(before)).toBe(true)
  })

  it("expires at a date's start (UTC), at a UTC time or after a duration; refuses a past or unreadable expiry", () => {
    expect(jsonOf(create("--person", "secretaris-dvo", "--expires", "2999-01-01"), issued).expiresAt).toBe(
      "2999-01-01T00:00:00.000Z",
    )
    expect(jsonOf(create("--person", "secretaris-dvo", "--expires", "2999-06-30T12:00:00Z"), issued).expiresAt).toBe(
      "2999-06-30T12:00:00.000Z",
    )
    const in90Days = jsonOf(create("--person", "secretaris-dvo", "--expires", "90d"), issued)
    const days = (Date.parse(in90Days.expiresAt!) - Date.now()) / 86_400_000
    expect(Math.round(days)).toBe(90)
    expect(jsonOf(create("--person", "secretaris-dvo"), issued).expiresAt).toBeUndefined()
    for (const expires of ["2001-01-01", "soon", "2999-02-30"]) {
      const run = create("--person", "secretaris-dvo", "--expires", expires)
      expect(run.code, expires).toBe(2)
      expect(run.stderr, expires).toContain("--expires")
    }
  })

  it("lists every token without its secret, revokes one once, and names an unknown id with exit 2", () => {
    const token = jsonOf(create("--person", "manager-riec", "--label", "zaaksysteem"), issued)
    const secret = token.token.split(".")[2]!
    const list = cli("token", "list", "--json")
    expect(list.code).toBe(0)
    expect(list.stdout).not.toContain(secret)
    const row = jsonOf(list, listed).tokens.find((t) => t.tokenId === token.tokenId)
    expect(row).toMatchObject({ person: "manager-riec", label: "zaaksysteem", issuedBy: "secretaris-stuurgroep" })
    expect(row?.state).toBe("active")
    const table = cli("token", "list")
    expect(table.stdout).toMatch(/^id\s+person\s+label\s+created\s+expires\s+revoked\s+state/)
    expect(table.stdout).not.toContain(secret)

    expect(cli("token", "revoke", token.tokenId).code).toBe(2)
    const revoked = cli("token", "revoke", token.tokenId, "--as", "secretaris-stuurgroep")
    expect(revoked.code, revoked.stderr).toBe(0)
    const after = jsonOf(cli("token", "list", "--json"), listed).tokens.find((t) => t.tokenId === token.tokenId)
    expect(after).toMatchObject({ state: "revoked", revokedBy: "secretaris-stuurgroep" })
    expect(cli("token", "revoke", token.tokenId, "--as", "secretaris-stuurgroep").code).toBe(0)
    const again = jsonOf(cli("token", "list", "--json"), listed).tokens.find((t) => t.tokenId === token.tokenId)
    expect(again?.revokedAt).toBe(after?.revokedAt)

    const unknown = cli("token", "revoke", "000000000000", "--as", "secretaris-stuurgroep")
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toContain("000000000000")
    expect(unknown.stderr).toContain("token list")
  })

  it("a token revoked while the store is served is refused at its next request", async () => {
    const token = jsonOf(create("--person", "secretaris-dvo"), issued)
    const port = await new Promise<number>((resolve) => {
      const probe = createServer()
      probe.listen(0, "127.0.0.1", () => {
        const address = probe.address()
        probe.close(() => resolve(typeof address === "object" && address !== null ? address.port : 0))
      })
    })
    const server = spawn(process.execPath, [bin, "serve", "--port", String(port)], { cwd: folder, stdio: "ignore" })
    try {
      const get = () =>
        fetch(`http://127.0.0.1:${port}/v1/voorstellen`, { headers: { authorization: `Bearer ${token.token}` } })
      const deadline = Date.now() + 20_000
      while (
        !(await get().then(
          (r) => r.ok,
          () => false,
        ))
      ) {
        if (Date.now() > deadline) throw new Error("the server did not start")
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
      expect(cli("token", "revoke", token.tokenId, "--as", "secretaris-stuurgroep").code).toBe(0)
      const refused = await get()
      expect(refused.status).toBe(401)
      expect(refused.headers.get("www-authenticate")).toContain('error="invalid_token"')
    } finally {
      server.kill("SIGTERM")
    }
  }, 60_000)
})
