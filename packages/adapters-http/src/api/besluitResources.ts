import { Kernel } from "@weerbaar/core"
import { Schema } from "effect"
import { RegelSignaal } from "./resources.js"

/** A vote as a decision's record shows it. @category resources */
export const Stemming = Schema.Struct({ lid: Schema.String, stem: Schema.Literal("voor", "tegen", "onthouding") })

/** A substitute as a decision's record shows it. @category resources */
export const Vervanger = Schema.Struct({ lid: Schema.String, vervanger: Schema.String })

/** A meeting's agenda point where a decision was taken. @category resources */
export const Agendaverwijzing = Schema.Struct({ id: Schema.String, agendapunt: Schema.Int })

/**
 * A decision in the decision register (fields after the ZGW Besluit): on an item, a pilot
 * municipality, an exemption, the programme's end or a point of a body's own meeting, with its meeting's
 * record.
 * @category resources
 */
export class Besluit extends Schema.Class<Besluit>("Besluit")({
  identificatie: Schema.String,
  onderwerp: Schema.Literal(
    "stuk",
    "pilotgemeente",
    "netwerkafspraak",
    "vrijstelling",
    "programma-einde",
    "vergaderpunt",
  ),
  bestuursorgaan: Schema.String,
  datum: Kernel.CalendarDate,
  ingangsdatum: Kernel.CalendarDate,
  toelichting: Schema.String,
  vervaldatum: Schema.optional(Kernel.CalendarDate),
  vervalreden: Schema.optional(Schema.Literal("ingetrokken_overheid")),
  stuk: Schema.String,
  soortStuk: Schema.String,
  versie: Schema.Int,
  uitkomst: Schema.String,
  definitief: Schema.Boolean,
  begrotingVastgelegd: Schema.Int,
  trektIn: Schema.optional(Schema.String),
  ingetrokkenDoor: Schema.optional(Schema.String),
  gemeente: Schema.optional(Schema.String).annotations({ description: "For a pilot or an exemption" }),
  pilotgemeenten: Schema.optional(Schema.Array(Schema.String)).annotations({
    description: "For the accord of a pilot proposal: the municipalities that host the pilot",
  }),
  aanwezig: Schema.Array(Schema.String),
  vervangers: Schema.Array(Vervanger),
  belangenconflict: Schema.Array(Schema.String).annotations({
    description: "Members recused for a conflict of interest",
  }),
  stemmen: Schema.Array(Stemming),
  vergadering: Schema.optional(Agendaverwijzing).annotations({ description: "The meeting's point where it was taken" }),
  schriftelijkeRonde: Schema.optional(Schema.String).annotations({ description: "The written round it was taken in" }),
  vastgelegdDoor: Schema.String,
  vastgelegdOp: Kernel.Timestamp,
  signalen: Schema.optional(Schema.Array(RegelSignaal)).annotations({
    description: "The rules of force signaleren that let the act of this decision through (comply or explain)",
  }),
}) {}
