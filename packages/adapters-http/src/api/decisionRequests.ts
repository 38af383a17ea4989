import { Governance } from "@weerbaar/core"
import { Schema } from "effect"
import { BodyId, DecisionId, List, Omschrijving, PersonId, requestBody, Tekst } from "./requestFields.js"
import { Datum } from "./resources.js"

// The request bodies of what a body does at its meeting: a decision, a revocation; and a withdrawal.

/** A vote of a member. @category resources */
export const Stem = Schema.Struct({
  lid: PersonId,
  stem: Schema.Literal("voor", "tegen", "onthouding"),
}).annotations({ identifier: "Stem" })

/** What happened at the meeting where a body decided. @category resources */
const vergadering = {
  vergaderdatum: Datum,
  aanwezig: List(PersonId),
  belangenconflict: Schema.optionalWith(List(PersonId), { exact: true }).annotations({
    description: "Members who declared a conflict of interest: they are recused",
  }),
  stemmen: Schema.optionalWith(List(Stem), { exact: true }).annotations({
    description: "Votes per member, where the body's decision rule needs them",
  }),
  motivering: Tekst,
}

/** A body's decision on an item at its step. @category resources */
export const NieuwBesluit = Schema.Struct({
  id: Schema.optionalWith(DecisionId, { exact: true }),
  orgaan: BodyId,
  uitkomst: Governance.Outcome,
  ...vergadering,
  ingangsdatum: Schema.optionalWith(Datum, { exact: true }),
  opmerkingen: Schema.optionalWith(Omschrijving, { exact: true }),
  reden: Schema.optionalWith(
    Omschrijving.annotations({
      description: "Why the body departs from a rule the model signals and asks a reason for (comply or explain)",
    }),
    { exact: true },
  ),
}).annotations(requestBody("NieuwBesluit"))

/** The revocation of a final decision: a new decision that cites it. @category resources */
export const NieuweIntrekking = Schema.Struct({
  id: Schema.optionalWith(DecisionId, { exact: true }),
  besluit: DecisionId.annotations({ description: "The decision that is revoked" }),
  orgaan: BodyId,
  ...vergadering,
}).annotations(requestBody("NieuweIntrekking"))

/** The drafting body withdraws its item. @category resources */
export const NieuweTerugtrekking = Schema.Struct({
  reden: Tekst,
}).annotations(requestBody("NieuweTerugtrekking"))
