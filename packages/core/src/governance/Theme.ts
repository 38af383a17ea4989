import { Schema } from "effect"

/**
 * The programme's three themes; each has one expert group.
 * @category governance
 */
export const Theme = Schema.Literal(
  "weerbare-overheid",
  "weerbare-maatschappij",
  "ondermijnende-criminaliteit",
).annotations({ identifier: "Theme" })
/** @category governance */
export type Theme = typeof Theme.Type

/** Every theme, in the plan's order. @category governance */
export const themes: ReadonlyArray<Theme> = Theme.literals

/** The name of a theme as the plan writes it. @category governance */
export const themeNames: Record<Theme, { readonly nl: string; readonly en: string }> = {
  "weerbare-overheid": { nl: "Weerbare Overheid", en: "Resilient Government" },
  "weerbare-maatschappij": { nl: "Weerbare Maatschappij", en: "Resilient Society" },
  "ondermijnende-criminaliteit": { nl: "Ondermijnende Criminaliteit", en: "Undermining Crime" },
}
