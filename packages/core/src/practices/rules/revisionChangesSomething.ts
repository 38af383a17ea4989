import { defineRule } from "../../kernel/Refusal.js"

/** A revision of a Best Practice changes its title, description, intended effects or documentation. @category practices */
export const revisionChangesSomething = defineRule<{ practice: string; version: number }>()({
  code: "practice.revision-changes-nothing",
  rule: {
    nl: "Een nieuwe versie van een Best Practice wijzigt haar titel, beschrijving, beoogde effecten of documentatie.",
    en: "A new version of a Best Practice changes its title, description, intended effects or documentation.",
  },
  explain: (f) => ({
    nl: `De herziening van ${f.practice} wijzigt niets aan versie ${f.version}.`,
    en: `The revision of ${f.practice} changes nothing in version ${f.version}.`,
  }),
})
