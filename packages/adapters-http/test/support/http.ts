import type { Person, RunningServer } from "./server.js"

/** A response read whole: status, headers and the parsed JSON body (if any). */
export interface Reply {
  readonly status: number
  readonly headers: Headers
  readonly body: any
}

/** Plain fetch as a person (or without a token when `person` is undefined). */
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
  return { status: response.status, headers: response.headers, body: text === "" ? undefined : JSON.parse(text) }
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
