import type { Route } from "@weerbaar/core"

/** One signal on a line: date, rule and explanation, and the reason when there is one. */
export const signalLine = (s: Route.ReportSignal): string =>
  `${s.date} · ${s.code}: ${s.explanation}${s.reason === undefined ? "" : ` — reden: ${s.reason}`}`

/** The section's title. */
export const signalSectionTitle = "Signalen (pas toe of leg uit)"
