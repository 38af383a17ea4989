import { Kernel, Practice } from "@weerbaar/core"
import { Schema } from "effect"

const Fase = Schema.Literal("geen", "niet_relevant", "gepland", "pilot", "in_uitvoering", "geborgd")

/** A practice as one side of a link, by name. @category samenhang */
export class GekoppeldeMaatregel extends Schema.Class<GekoppeldeMaatregel>("GekoppeldeMaatregel")({
  bestPractice: Schema.String,
  titel: Schema.String,
  thema: Schema.String,
  themaNaam: Schema.String,
}) {}

/** A measure of a theme with its status and its tracks' phases, by name. @category samenhang */
export class SamenhangMaatregel extends Schema.Class<SamenhangMaatregel>("SamenhangMaatregel")({
  bestPractice: Schema.String,
  titel: Schema.String,
  status: Practice.PracticeStatus,
  trajecten: Schema.Array(Schema.Struct({ gemeente: Schema.String, gemeenteNaam: Schema.String, fase: Fase })),
}) {}

/**
 * The coherence of the measures (samenhang), which the Stuurgroep guards: per theme the measures
 * with their status and tracks; across themes the linked pairs, and the municipalities where active
 * tracks (pilot, in uitvoering, geborgd) of measures of two or more themes meet.
 * @category samenhang
 */
export class Samenhang extends Schema.Class<Samenhang>("Samenhang")({
  peildatum: Kernel.CalendarDate,
  themas: Schema.Array(
    Schema.Struct({ thema: Schema.String, naam: Schema.String, maatregelen: Schema.Array(SamenhangMaatregel) }),
  ),
  koppelingen: Schema.Array(
    Schema.Struct({
      bestPractice: GekoppeldeMaatregel,
      gerelateerd: GekoppeldeMaatregel,
      overThemas: Schema.Boolean.annotations({ description: "Whether the two are of different themes" }),
      toelichting: Schema.String,
    }),
  ),
  overlap: Schema.Array(
    Schema.Struct({
      gemeente: Schema.String,
      gemeenteNaam: Schema.String,
      themas: Schema.Array(
        Schema.Struct({
          thema: Schema.String,
          naam: Schema.String,
          maatregelen: Schema.Array(Schema.Struct({ bestPractice: Schema.String, titel: Schema.String, fase: Fase })),
        }),
      ),
    }),
  ),
}) {}

const side = (p: Practice.LinkedPractice) =>
  new GekoppeldeMaatregel({ bestPractice: p.practiceId, titel: p.title, thema: p.theme, themaNaam: p.themeName })

/** The coherence view as the API shows it. @category samenhang */
export const toSamenhang = (peildatum: Kernel.CalendarDate, view: Practice.Coherence): Samenhang =>
  new Samenhang({
    peildatum,
    themas: view.themes.map((t) => ({
      thema: t.theme,
      naam: t.themeName,
      maatregelen: t.measures.map(
        (m) =>
          new SamenhangMaatregel({
            bestPractice: m.practiceId,
            titel: m.title,
            status: m.status,
            trajecten: m.tracks.map((r) => ({
              gemeente: r.municipality,
              gemeenteNaam: r.municipalityName,
              fase: r.phase,
            })),
          }),
      ),
    })),
    koppelingen: view.links.map((l) => ({
      bestPractice: side(l.practice),
      gerelateerd: side(l.related),
      overThemas: l.acrossThemes,
      toelichting: l.note,
    })),
    overlap: view.overlaps.map((o) => ({
      gemeente: o.municipality,
      gemeenteNaam: o.municipalityName,
      themas: o.themes.map((t) => ({
        thema: t.theme,
        naam: t.themeName,
        maatregelen: t.measures.map((m) => ({ bestPractice: m.practiceId, titel: m.title, fase: m.phase })),
      })),
    })),
  })
