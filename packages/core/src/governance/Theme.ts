import { Schema } from "effect"

/**
 * Identifier of a theme the governance model defines (`ondermijnende-criminaliteit`, VNON's
 * `drugs`): lowercase letters, digits, '.', '_' or '-'. Which ids exist is the model's
 * {@link GovernanceModel} `themes`; validating the model checks every reference against them.
 * @category governance
 */
export const Theme = Schema.String.pipe(
  Schema.pattern(/^[a-z0-9][a-z0-9._-]{0,63}$/, {
    message: () => "expected a theme id: lowercase letters, digits, '.', '_' or '-' (at most 64)",
  }),
  Schema.maxLength(64),
  Schema.annotations({ identifier: "Theme", description: "Identifier of a theme of the governance model" }),
)
/** @category governance */
export type Theme = typeof Theme.Type

/** A theme's name in Dutch and English. @category governance */
export const ThemeName = Schema.Struct({ nl: Schema.NonEmptyTrimmedString, en: Schema.NonEmptyTrimmedString })
/** @category governance */
export type ThemeName = typeof ThemeName.Type

/**
 * A theme of the programme as the model defines it: its id and its name. Samen Weerbaar has the
 * plan's three; VNON adds its own (hennep, drugs, OMG's, …). Each theme has an expert group, or
 * the model's single expert group develops every theme.
 * @category governance
 */
export class ThemeDefinition extends Schema.Class<ThemeDefinition>("ThemeDefinition")({
  id: Theme,
  name: ThemeName,
}) {}

/**
 * The plan's three themes, in its order: the themes of a model that names none (every model
 * stored before themes were part of the model).
 * @category governance
 */
export const planThemes: ReadonlyArray<ThemeDefinition> = [
  ThemeDefinition.make({
    id: "weerbare-overheid",
    name: { nl: "Weerbare Overheid", en: "Resilient Government" },
  }),
  ThemeDefinition.make({
    id: "weerbare-maatschappij",
    name: { nl: "Weerbare Maatschappij", en: "Resilient Society" },
  }),
  ThemeDefinition.make({
    id: "ondermijnende-criminaliteit",
    name: { nl: "Ondermijnende Criminaliteit", en: "Undermining Crime" },
  }),
]

/**
 * The name of theme `id` among `themes` (a model's), or the id itself when none defines it.
 * @example
 * ```ts
 * themeName(model.themes, "drugs").nl // "Drugs"
 * ```
 * @category governance
 */
export const themeName = (themes: ReadonlyArray<ThemeDefinition>, id: string): ThemeName =>
  themes.find((t) => t.id === id)?.name ?? { nl: id, en: id }
