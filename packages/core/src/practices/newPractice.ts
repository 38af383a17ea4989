import type { PracticeDescription } from "./Practice.js"
import type { Practice } from "./PracticeState.js"
import type { PracticeStatus } from "./PracticeStatus.js"

/**
 * A practice as it enters the catalogue: its description in `status`, with nothing else yet but what
 * `given` says (the dossier of an imported practice, the agreement of a network measure).
 * @category practices
 */
export const newPractice = (
  event: { readonly practiceId: string } & PracticeDescription,
  status: PracticeStatus,
  given: Partial<Omit<Practice, "exists" | "practiceId" | "description" | "status">> = {},
): Practice => {
  const { practiceId, theme, title, description, origin, source, intendedEffects } = event
  return {
    exists: true,
    practiceId,
    description: { theme, title, description, origin, source, intendedEffects },
    status,
    documentation: undefined,
    evaluations: [],
    pilotMunicipalities: [],
    pilotStartedOn: undefined,
    executionStartedOn: undefined,
    proposal: undefined,
    accord: undefined,
    budget: [],
    handover: undefined,
    agreement: undefined,
    importedFrom: undefined,
    network: undefined,
    closingReason: undefined,
    ...given,
  }
}
