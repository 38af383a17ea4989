import { Kernel } from "@weerbaar/core"
import { Schema } from "effect"
import { besluitvorming } from "./decisionRequests.js"
import { DecisionId, requestBody, Tekst } from "./requestFields.js"
import { Agendaverwijzing, Stemming, Vervanger } from "./besluitResources.js"
import { commandSignalen } from "./resources.js"

/**
 * The DVO's decision to end the programme: taken at a meeting's agenda point, in a written round,
 * or with the meeting's record written out.
 * @category programma
 */
export const NieuweBeeindiging = Schema.Struct({
  besluit: Schema.optionalWith(DecisionId, { exact: true }).annotations({
    description: "The id of the DVO's decision; one is made when left out",
  }),
  ...besluitvorming,
  reden: Schema.optionalWith(Tekst, { exact: true }).annotations({
    description: "Why the programme ends with open work, where that is signalled (comply or explain)",
  }),
}).annotations(requestBody("NieuweBeeindiging"))

/** The end of the programme, as the DVO decided it. @category programma */
export class Programmabeeindiging extends Schema.Class<Programmabeeindiging>("Programmabeeindiging")({
  besluit: Schema.String,
  orgaan: Schema.optional(Schema.String),
  vergaderdatum: Kernel.CalendarDate,
  motivering: Schema.String,
  overgedragen: Schema.Array(Schema.String).annotations({ description: "The Best Practices handed over" }),
  aanwezig: Schema.Array(Schema.String),
  vervangers: Schema.Array(Vervanger),
  belangenconflict: Schema.Array(Schema.String),
  stemmen: Schema.Array(Stemming),
  vergadering: Schema.optional(Agendaverwijzing),
  schriftelijkeRonde: Schema.optional(Schema.String),
  beeindigdDoor: Schema.String,
  tijdstip: Kernel.Timestamp,
  signalen: commandSignalen,
}) {}
