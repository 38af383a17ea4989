import { Either } from "effect"
import { practiceEventCodec } from "../practices/practiceEvents.js"
import type { StoredEvent } from "../ports/EventStore.js"
import type { DecisionRegisterRow } from "./decisionRegister.js"

const pilotAccordedOf = (stored: StoredEvent) => {
  if (!practiceEventCodec.handles(stored.type)) return undefined
  const decoded = practiceEventCodec.fromStored(stored)
  return Either.isRight(decoded) && decoded.right._tag === "PilotAccorded" ? decoded.right : undefined
}

/**
 * The register's row of a pilot proposal's accord with the municipalities that host the pilot, from
 * the `PilotAccorded` of each practice it contained (recorded after the accord, in its transaction).
 * @category read models
 */
export const pilotAccordRows = (
  stored: StoredEvent,
  current: ReadonlyMap<string, DecisionRegisterRow>,
): ReadonlyArray<{ key: string; row: DecisionRegisterRow }> => {
  const event = pilotAccordedOf(stored)
  const accord = event === undefined ? undefined : current.get(event.accord.decisionId)
  if (event === undefined || accord === undefined) return []
  const municipalities = [...new Set([...(accord.pilotMunicipalities ?? []), ...event.municipalities])]
  return [{ key: event.accord.decisionId, row: Object.assign({}, accord, { pilotMunicipalities: municipalities }) }]
}
