import { call, type Reply, today } from "./http.js"
import type { Person, RunningServer } from "./server.js"

/** A Best Practice candidate of the theme ondermijnende criminaliteit. */
export const nieuweBestPractice = (id: string) => ({
  id,
  thema: "ondermijnende-criminaliteit",
  titel: "Hennepconvenant",
  omschrijving: "Convenant van gemeente, politie, OM en netbeheerder tegen hennepteelt.",
  herkomst: "elders-nl",
  bron: "Expertgroep Ondermijning VNON",
  beoogdeEffecten: ["minder hennepteelt"],
})

export const documentatie = {
  beschrijving: "Het convenant in vaste stappen.",
  context: "Gemeenten in Gelderland-Midden.",
  randvoorwaarden: "Een regisseur per gemeente; gegevensdeling via het RIEC.",
  uitvoeringsafspraken: "De gemeente voert uit, de expertgroep coördineert en monitort.",
}

export const evaluatie = (soort: "pilot" | "uitvoering", bewijsniveau = "effectief-eerste-aanwijzingen") => ({
  soort,
  methode: "Voor- en nameting",
  bevindingen: "Snellere ontmanteling, meer meldingen.",
  gemetenEffecten: [{ effect: "ontmantelde kwekerijen", resultaat: "+40%" }],
  bewijsniveau,
  evaluatiedatum: today(),
  uitgevoerdDoor: "RIEC Oost-Nederland",
})

/** A POST or PUT with the ETag of the last reply, failing the test when it is not a success. */
export const step = async (
  server: RunningServer,
  person: Person,
  method: string,
  path: string,
  previous: Reply | undefined,
  body?: unknown,
): Promise<Reply> => {
  const reply = await call(server, person, method, path, {
    ...(body === undefined ? {} : { body }),
    ...(previous === undefined ? {} : { headers: { "if-match": previous.headers.get("etag")! } }),
  })
  if (reply.status >= 300)
    throw new Error(`${method} ${path} as ${person}: ${reply.status} ${JSON.stringify(reply.body)}`)
  return reply
}
