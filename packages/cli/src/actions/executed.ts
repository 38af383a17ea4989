import type { Programme } from "@weerbaar/core"

type Lang = "nl" | "en"

/**
 * What a command that changed the store reports: the events it stored and the signals it carried
 * (rules of force `signaleren` that let it through), explained in `lang`.
 */
export const executedJson = (executed: Programme.Executed, lang: Lang = "nl") => ({
  streamVersion: executed.streamVersion,
  duplicate: executed.duplicate,
  events: executed.events.map((e) => ({ position: e.position, streamId: e.streamId, type: e.type })),
  signals: executed.signals.map((s) => ({ code: s.code, explanation: s.explanation[lang], facts: s.facts })),
})

/** The events stored and each signal on a line of its own, as a refusal names its rules, for people. */
export const executedText = (executed: Programme.Executed, lang: Lang = "nl"): string =>
  [
    ...executed.events.map((e) => `  stored ${e.type} (${e.streamId} v${e.version})`),
    ...executed.signals.map(
      (s) => `  ${lang === "nl" ? "gesignaleerd" : "signalled"}: ${s.code}: ${s.explanation[lang]}`,
    ),
  ].join("\n")
