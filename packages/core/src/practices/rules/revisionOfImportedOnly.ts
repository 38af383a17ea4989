import { defineRule } from "../../kernel/Refusal.js"

/**
 * The network revises (herzien) a Best Practice it took over from a handover package; the
 * programme's own practices are documented by their expert group instead.
 * @category practices
 */
export const revisionOfImportedOnly = defineRule<{ practice: string }>()({
  code: "practice.revision-of-imported-only",
  rule: {
    nl: "Een nieuwe versie van een Best Practice maakt het netwerk van een Best Practice die het uit een overdrachtspakket overnam.",
    en: "The network makes a new version of a Best Practice it took over from a handover package.",
  },
  explain: (f) => ({
    nl: `${f.practice} kwam niet uit een overdrachtspakket; documenteer haar in plaats van haar te herzien.`,
    en: `${f.practice} did not come from a handover package; document it instead of revising it.`,
  }),
})
