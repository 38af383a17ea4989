import { Governance, Kernel, Route } from "@weerbaar/core"
import { Schema } from "effect"
import { requestBody } from "./requestFields.js"

/** What a version of the rule book rests on. @category resources */
export class Grondslag extends Schema.Class<Grondslag>("Grondslag")({
  soort: Schema.Literal("oprichting", "besluit", "lidmaatschappen", "vastgesteld-voor-versies").annotations({
    description:
      "oprichting: the founding concept; besluit: the bestuurlijk body's decision cited; lidmaatschappen: memberships only; vastgesteld-voor-versies: adopted before versions had a basis",
  }),
  stuk: Schema.optional(Schema.String),
  besluit: Schema.optional(Schema.String),
  orgaan: Schema.optional(Schema.String),
  vergaderdatum: Schema.optional(Schema.String),
}) {}

/** A version of the rule book: from when it applies and what it rests on. @category resources */
export class Bestuursmodelversie extends Schema.Class<Bestuursmodelversie>("Bestuursmodelversie")({
  versie: Schema.Int,
  geldigVanaf: Schema.String,
  status: Schema.Literal("concept", "vastgesteld"),
  grondslag: Grondslag,
  vingerafdruk: Schema.String.annotations({ description: "SHA-256 of the model's canonical JSON" }),
  vastgesteldDoor: Schema.String,
  tijdstip: Schema.String,
}) {}

/**
 * A new version of the rule book: the model, and for a change of structure the DVO's decision on
 * a programme plan or adjustment that proposed it; optionally the first day it applies.
 * @category resources
 */
export const NieuweBestuursmodelversie = Schema.Struct({
  bestuursmodel: Governance.GovernanceModel,
  besluit: Schema.optionalWith(Schema.Struct({ stuk: Route.ItemId, besluit: Route.DecisionId }), { exact: true }),
  geldigVanaf: Schema.optionalWith(Kernel.CalendarDate, { exact: true }),
}).annotations(requestBody("NieuweBestuursmodelversie"))

/** The representation of a version. @category resources */
export const toBestuursmodelversie = (v: Governance.ModelVersion): Bestuursmodelversie =>
  new Bestuursmodelversie({
    versie: v.version,
    geldigVanaf: v.validFrom,
    status: v.decided ? "vastgesteld" : "concept",
    grondslag: new Grondslag(
      v.basis === undefined
        ? { soort: "vastgesteld-voor-versies" }
        : v.basis._tag === "besluit"
          ? {
              soort: "besluit",
              stuk: v.basis.itemId,
              besluit: v.basis.decisionId,
              orgaan: v.basis.body,
              vergaderdatum: v.basis.meetingDate,
            }
          : { soort: v.basis._tag },
    ),
    vingerafdruk: Governance.modelFingerprint(v.model),
    vastgesteldDoor: v.adoptedBy,
    tijdstip: v.at,
  })
