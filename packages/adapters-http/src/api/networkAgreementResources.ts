import { Governance, Kernel } from "@weerbaar/core"
import { Schema } from "effect"
import { besluitvorming } from "./decisionRequests.js"
import { Datum } from "./resources.js"
import { DecisionId, List, Omschrijving, PracticeId, requestBody, Tekst, Titel } from "./requestFields.js"

/** The agreement of the network, as a request names it. @category best practices */
export const Afspraak = Schema.Struct({
  naam: Titel,
  gemaaktDoor: Titel.annotations({ description: "The body of the network that made it, e.g. RVO Oost-Nederland" }),
  voorgesteldDoor: Schema.optionalWith(Titel, { exact: true }).annotations({
    description: "On whose proposal, e.g. BBG VNON",
  }),
  datum: Datum.annotations({ description: "The day the network agreed it" }),
  vindplaats: Schema.optionalWith(Tekst, { exact: true }).annotations({
    description: "Where the agreement is written down",
  }),
}).annotations(requestBody("Afspraak"))

/**
 * The DVO's note of an agreement of the network (an RVO agreement on a proposal of the BBG) that the
 * district's municipalities execute, with the DVO's decision taking note.
 * @category best practices
 */
export const NieuweNetwerkafspraak = Schema.Struct({
  id: Schema.optionalWith(PracticeId, { exact: true }),
  thema: Governance.Theme,
  titel: Titel,
  omschrijving: Omschrijving,
  bron: Tekst.annotations({ description: "Where the agreement is published" }),
  beoogdeEffecten: List(Tekst),
  afspraak: Afspraak,
  besluit: Schema.optionalWith(DecisionId, { exact: true }).annotations({
    description: "The id of the DVO's decision; one is made when left out",
  }),
  ...besluitvorming,
}).annotations(requestBody("NieuweNetwerkafspraak"))

/** A measure's network agreement and the DVO's note of it. @category best practices */
export class Netwerkafspraak extends Schema.Class<Netwerkafspraak>("Netwerkafspraak")({
  naam: Schema.String,
  gemaaktDoor: Schema.String,
  voorgesteldDoor: Schema.optional(Schema.String),
  datum: Kernel.CalendarDate,
  vindplaats: Schema.optional(Schema.String),
  kennisname: Schema.Struct({ besluit: Schema.String, orgaan: Schema.String, vergaderdatum: Kernel.CalendarDate }),
}) {}
