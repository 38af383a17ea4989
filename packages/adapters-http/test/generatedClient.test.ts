import { execFile, execFileSync } from "node:child_process"
import { promisify } from "node:util"
import { mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import openapiTS, { astToString } from "openapi-typescript"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { dvo, expectDocumented, stuurgroep, today } from "./support/http.js"
import { type RunningServer, startServer } from "./support/server.js"

const root = fileURLToPath(new URL("../../..", import.meta.url))
let server: RunningServer
let folder: string
beforeAll(async () => {
  server = await startServer()
  // Inside the repository, so that the generated program resolves openapi-fetch from node_modules.
  folder = mkdtempSync(join(fileURLToPath(new URL(".", import.meta.url)), ".generated-"))
})
afterAll(async () => {
  await server?.close()
  rmSync(folder, { recursive: true, force: true })
})

const program = `
import createClient from "openapi-fetch"
import type { paths } from "./schema.js"

const base = process.env.WEERBAAR_URL!
// Every answer, for the test to hold to the document.
const answers: Array<{ method: string; path: string; status: number; headers: Array<[string, string]>; text: string }> = []
const recording: typeof fetch = async (input, init) => {
  const request = new Request(input, init)
  const response = await fetch(request)
  const text = await response.clone().text()
  answers.push({ method: request.method, path: new URL(request.url).pathname, status: response.status, headers: [...response.headers], text })
  return response
}
const as = (token: string) => createClient<paths>({ baseUrl: base, fetch: recording, headers: { authorization: "Bearer " + token } })
const tokens = JSON.parse(process.env.WEERBAAR_TOKENS!) as Record<string, string>
const meeting = (aanwezig: Array<string>) => ({ vergaderdatum: process.env.WEERBAAR_TODAY!, aanwezig, motivering: "Besproken." })

const drafted = await as(tokens.lid!).POST("/voorstellen", {
  body: {
    opstellendOrgaan: "eg-ondermijnende-criminaliteit",
    titel: "Aanpak vastgoedfraude",
    omschrijving: "Bibob-toetsing bij vastgoedtransacties.",
    begroting: [{ categorie: "onderzoek", organisatie: "riec-oost-nederland", jaar: 2016, bedrag: 1500000 }],
  },
})
if (drafted.data === undefined) throw new Error("draft failed: " + JSON.stringify(drafted.error))
const id: string = drafted.data.id
let etag = drafted.response.headers.get("etag")!
const submitted = await as(tokens.trekker!).POST("/voorstellen/{id}/indieningen", {
  params: { path: { id }, header: { "if-match": etag } },
})
etag = submitted.response.headers.get("etag")!
const approved = await as(tokens.sg!).POST("/voorstellen/{id}/besluiten", {
  params: { path: { id }, header: { "if-match": etag } },
  body: { orgaan: "stuurgroep", uitkomst: "approve", ...meeting(JSON.parse(process.env.WEERBAAR_SG!)) },
})
etag = approved.response.headers.get("etag")!
const refused = await as(tokens.sg!).POST("/voorstellen/{id}/besluiten", {
  params: { path: { id }, header: { "if-match": etag } },
  body: { orgaan: "stuurgroep", uitkomst: "approve", ...meeting(JSON.parse(process.env.WEERBAAR_SG!)) },
})
const accorded = await as(tokens.dvo!).POST("/voorstellen/{id}/besluiten", {
  params: { path: { id }, header: { "if-match": etag } },
  body: { orgaan: "dvo", uitkomst: "accord", ...meeting(JSON.parse(process.env.WEERBAAR_DVO!)) },
})
const refusal: string | undefined = refused.error !== undefined && "code" in refused.error ? refused.error.code : undefined
console.log(JSON.stringify({ status: accorded.data?.status, aanDeBeurt: approved.data?.aanDeBeurt, refusal, httpStatus: refused.response.status }))
console.log(JSON.stringify(answers))
`

describe("a client generated from /v1/openapi.json", () => {
  it("type-checks against the published document and drives the proposal route", async () => {
    const spec: any = await (await fetch(`${server.baseUrl}/v1/openapi.json`)).json()
    writeFileSync(join(folder, "schema.ts"), astToString(await openapiTS(spec)))
    writeFileSync(join(folder, "client.ts"), program)
    const typecheck = () =>
      execFileSync(
        process.execPath,
        [
          join(root, "node_modules/typescript/bin/tsc"),
          "--noEmit",
          "--strict",
          "--target",
          "es2022",
          "--module",
          "nodenext",
          "--moduleResolution",
          "nodenext",
          "--skipLibCheck",
          join(folder, "client.ts"),
        ],
        { cwd: root, encoding: "utf8", stdio: "pipe" },
      )
    try {
      typecheck()
    } catch (error) {
      throw new Error(`the generated client does not type-check:\n${(error as { stdout?: string }).stdout ?? error}`)
    }
    // Asynchronously: the server answers from this very process.
    const { stdout: output } = await promisify(execFile)(
      process.execPath,
      ["--import", "tsx", join(folder, "client.ts")],
      {
        cwd: root,
        encoding: "utf8",
        env: {
          ...process.env,
          WEERBAAR_URL: `${server.baseUrl}/v1`,
          WEERBAAR_TODAY: today(),
          WEERBAAR_SG: JSON.stringify(stuurgroep),
          WEERBAAR_DVO: JSON.stringify(dvo),
          WEERBAAR_TOKENS: JSON.stringify({
            lid: server.tokens["lid-eg-oc-rheden"],
            trekker: server.tokens["trekker-eg-ondermijnende-criminaliteit"],
            sg: server.tokens["secretaris-stuurgroep"],
            dvo: server.tokens["secretaris-dvo"],
          }),
        },
      },
    )
    const [result = "", answers = "[]"] = output.trim().split("\n")
    const replies: Array<{
      method: string
      path: string
      status: number
      headers: Array<[string, string]>
      text: string
    }> = JSON.parse(answers)
    expect(replies.length).toBeGreaterThanOrEqual(5)
    for (const { method, path, status, headers, text } of replies)
      await expectDocumented(server, method, path, {
        status,
        headers: new Headers(headers),
        body: text === "" ? undefined : JSON.parse(text),
      })
    expect(JSON.parse(result)).toEqual({
      status: "accorded",
      aanDeBeurt: "dvo",
      refusal: "route.not-your-turn",
      httpStatus: 409,
    })
  }, 120_000)
})
