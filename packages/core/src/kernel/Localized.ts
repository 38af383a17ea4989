import { Schema } from "effect"

/**
 * A text in Dutch and in English. Every message a person reads comes as both.
 * @category kernel
 */
export const Localized = Schema.Struct({
  nl: Schema.String,
  en: Schema.String,
}).annotations({ identifier: "Localized" })
/** @category kernel */
export type Localized = typeof Localized.Type

/** The languages weerbaar speaks. @category kernel */
export type Language = keyof Localized
