import { type Document, type OpenApiChecker, openApiChecker } from "./openApi.js"
import type { Person, RunningServer } from "./server.js"

/** A response read whole: status, headers and the parsed JSON body (if any). */
export interface Reply {
  readonly status: number
  readonly headers: Headers
  readonly body: any
}

// Keyed by address and folder: a later server in the same file may get a closed one's port.
const checkers = new Map<string, Promise<OpenApiChecker>>()

/** The checker of the document a server serves, fetched once per server. */
export const checkerOf = (server: Pick<RunningServer, "baseUrl" | "folder">): Promise<OpenApiChecker> => {
  const key = `${server.baseUrl} ${server.folder}`
  let checker = checkers.get(key)
  if (checker === undefined) {
    checker = fetch(`${server.baseUrl}/v1/openapi.json`).then(async (r) => openApiChecker((await r.json()) as Document))
    checkers.set(key, checker)
  }
  return checker
}

/** Fails (throws) when a response is not as the document the server serves says. */
export const expectDocumented = async (
  server: Pick<RunningServer, "baseUrl" | "folder">,
  method: string,
  path: string,
  reply: Reply,
): Promise<void> => {
  const problems = (await checkerOf(server)).problemsOf(method, path, reply)
  if (problems.length > 0)
    throw new Error(`The answer to ${method} ${path} is not as /v1/openapi.json says:\n  ${problems.join("\n  ")}`)
}

/**
 * `fetch` whose every response must be as the served document says (see {@link expectDocumented}):
 * for helpers of one's own and for the typed client (as its `FetchHttpClient.Fetch`).
 */
export const checkedFetch =
  (server: Pick<RunningServer, "baseUrl" | "folder">): typeof fetch =>
  async (input, init) => {
    const request = new Request(input, init)
    const response = await fetch(request)
    const text = await response.clone().text()
    const json = /^application\/([\w.-]+\+)?json/.test(response.headers.get("content-type") ?? "")
    const body = text === "" ? undefined : json ? JSON.parse(text) : text
    const url = new URL(request.url)
    await expectDocumented(server, request.method, `${url.pathname}${url.search}`, {
      status: response.status,
      headers: response.headers,
      body,
    })
    return response
  }

/**
 * Plain fetch as a person (or without a token when `person` is undefined). The response must be
 * as the served OpenAPI document says (see {@link expectDocumented}), else the call fails.
 */
export const call = async (
  server: RunningServer,
  person: Person | undefined,
  method: string,
  path: string,
  options: { body?: unknown; headers?: Record<string, string> } = {},
): Promise<Reply> => {
  const headers: Record<string, string> = { ...options.headers }
  if (person !== undefined) headers.authorization = `Bearer ${server.tokens[person]}`
  if (options.body !== undefined) headers["content-type"] ??= "application/json"
  const response = await fetch(`${server.baseUrl}${path}`, {
    method,
    headers,
    ...(options.body === undefined
      ? {}
      : { body: typeof options.body === "string" ? options.body : JSON.stringify(options.body) }),
  })
  const text = await response.text()
  const reply = { status: response.status, headers: response.headers, body: text === "" ? undefined : JSON.parse(text) }
  await expectDocumented(server, method, path, reply)
  return reply
}

/** Today, as the server's clock has it. */
export const today = (): string => new Date().toISOString().slice(0, 10)

/** Everyone of a body present and agreeing, on a date. */
export const meeting = (date: string, attendance: ReadonlyArray<string>) => ({
  vergaderdatum: date,
  aanwezig: attendance,
  motivering: "Besproken in de vergadering.",
})

export const stuurgroep = [
  "burgemeester-westervoort",
  "burgemeester-rheden",
  "burgemeester-ede",
  "officier-om",
  "districtschef-politie",
  "directeur-veiligheidsregio",
]

const gemeenten = [
  "barneveld",
  "doesburg",
  "duiven",
  "ede",
  "lingewaard",
  "nijkerk",
  "overbetuwe",
  "renkum",
  "rheden",
  "rozendaal",
  "scherpenzeel",
  "wageningen",
  "westervoort",
  "zevenaar",
]
export const dvo = [
  "voorzitter-dvo",
  ...gemeenten.map((g) => `burgemeester-${g}`),
  "hoofdofficier-om",
  "districtschef-politie",
  "directeur-veiligheidsregio",
  "gedeputeerde-provincie",
]

export const nieuwVoorstel = {
  opstellendOrgaan: "eg-ondermijnende-criminaliteit",
  titel: "Integrale aanpak hennepteelt",
  omschrijving: "Bestuurlijke en strafrechtelijke aanpak van hennepteelt.",
  begroting: [{ categorie: "projectleiding", organisatie: "politie-oost-nederland", jaar: 2016, bedrag: 2_500_000 }],
  bestPractices: [],
}

/** The content of {@link nieuwVoorstel} as an edit (`PUT`) takes it: without the drafting body. */
export const voorstelInhoud = {
  titel: nieuwVoorstel.titel,
  omschrijving: nieuwVoorstel.omschrijving,
  begroting: nieuwVoorstel.begroting,
  bestPractices: nieuwVoorstel.bestPractices,
}
