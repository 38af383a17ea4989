import { Schema } from "effect"
import { Documentatie } from "./practiceResources.js"
import { List, Omschrijving, requestBody, Tekst, Titel } from "./requestFields.js"

/**
 * The network's new version of a practice it took over from a handover package: what changes (title,
 * description, intended effects, documentation — the rest stays) and why.
 * @category best practices
 */
export const NieuweHerziening = Schema.Struct({
  titel: Schema.optionalWith(Titel, { exact: true }),
  omschrijving: Schema.optionalWith(Omschrijving, { exact: true }),
  beoogdeEffecten: Schema.optionalWith(List(Tekst), { exact: true }),
  documentatie: Schema.optionalWith(Documentatie, { exact: true }),
  reden: Tekst.annotations({ description: "Why the network revises it" }),
}).annotations(requestBody("NieuweHerziening"))
