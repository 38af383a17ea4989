import type { Outcome } from "../governance/Route.js"

const words: Record<Outcome | "revoke", string> = {
  approve: "goedgekeurd",
  accord: "geaccordeerd",
  return: "teruggestuurd met opmerkingen",
  reject: "afgewezen",
  "take-note": "voor kennisgeving aangenomen",
  revoke: "ingetrokken",
}

/** A decision on an item in the words of a besluitenlijst: "bv-1 (versie 2): geaccordeerd". @category meetings */
export const decisionWords = (itemId: string, outcome: Outcome | "revoke", version?: number): string =>
  `${itemId}${version === undefined ? "" : ` (versie ${version})`}: ${words[outcome]}`
