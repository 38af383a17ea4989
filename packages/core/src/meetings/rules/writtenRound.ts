import { defineRule } from "../../kernel/Refusal.js"

/** The rules of written rounds, each with a stable code and its text in Dutch and English. @category meetings */
export const writtenRoundRules = {
  notAllowed: defineRule<{ body: string }>()({
    code: "written-round.not-allowed",
    rule: {
      nl: "Een orgaan besluit schriftelijk alleen waar het bestuursmodel dat toestaat.",
      en: "A body decides by written round only where the governance model allows it.",
    },
    explain: (f) => ({
      nl: `${f.body} besluit volgens het model niet schriftelijk.`,
      en: `By the model, ${f.body} does not decide by written round.`,
    }),
  }),
  notFound: defineRule<{ round: string }>()({
    code: "written-round.not-found",
    rule: {
      nl: "Een handeling betreft een gestarte schriftelijke ronde.",
      en: "An act concerns a written round that was started.",
    },
    explain: (f) => ({
      nl: `Schriftelijke ronde ${f.round} bestaat niet.`,
      en: `Written round ${f.round} does not exist.`,
    }),
  }),
  exists: defineRule<{ round: string }>()({
    code: "written-round.already-exists",
    rule: {
      nl: "Elke schriftelijke ronde heeft een eigen kenmerk.",
      en: "Every written round has an identifier of its own.",
    },
    explain: (f) => ({
      nl: `Schriftelijke ronde ${f.round} bestaat al.`,
      en: `Written round ${f.round} already exists.`,
    }),
  }),
  closed: defineRule<{ round: string; on: string }>()({
    code: "written-round.closed",
    invariant: true,
    rule: { nl: "Een gesloten schriftelijke ronde is onveranderlijk.", en: "A closed written round is immutable." },
    explain: (f) => ({
      nl: `Schriftelijke ronde ${f.round} is op ${f.on} gesloten.`,
      en: `Written round ${f.round} was closed on ${f.on}.`,
    }),
  }),
  deadlineBeforeStart: defineRule<{ deadline: string; startedOn: string }>()({
    code: "written-round.deadline-before-start",
    invariant: true,
    rule: {
      nl: "De termijn van een schriftelijke ronde ligt na haar start.",
      en: "A written round's deadline is after its start.",
    },
    explain: (f) => ({
      nl: `De termijn ${f.deadline} ligt vóór de start op ${f.startedOn}.`,
      en: `The deadline ${f.deadline} is before the start on ${f.startedOn}.`,
    }),
  }),
  notAsked: defineRule<{ person: string; round: string }>()({
    code: "written-round.not-asked",
    invariant: true,
    rule: {
      nl: "Alleen de stemgerechtigde leden aan wie de ronde is gezonden antwoorden, elk één keer.",
      en: "Only the entitled members the round was sent to answer, once each.",
    },
    explain: (f) => ({
      nl: `${f.person} kan in ronde ${f.round} niet (meer) antwoorden.`,
      en: `${f.person} cannot answer (again) in round ${f.round}.`,
    }),
  }),
  late: defineRule<{ on: string; deadline: string }>()({
    code: "written-round.answer-after-deadline",
    rule: { nl: "Een antwoord komt binnen de termijn.", en: "An answer comes within the deadline." },
    explain: (f) => ({
      nl: `Het antwoord van ${f.on} kwam na de termijn van ${f.deadline}.`,
      en: `The answer of ${f.on} came after the deadline of ${f.deadline}.`,
    }),
  }),
  stillOpen: defineRule<{ round: string; deadline: string; missing: ReadonlyArray<string> }>()({
    code: "written-round.still-open",
    invariant: true,
    rule: {
      nl: "Een schriftelijke ronde sluit op haar termijn, of eerder als elk lid heeft geantwoord.",
      en: "A written round closes at its deadline, or earlier when every member has answered.",
    },
    explain: (f) => ({
      nl: `Ronde ${f.round} loopt tot ${f.deadline}; nog geen antwoord van ${f.missing.join(", ")}.`,
      en: `Round ${f.round} runs until ${f.deadline}; no answer yet from ${f.missing.join(", ")}.`,
    }),
  }),
  notCarried: defineRule<{ round: string; result: string }>()({
    code: "written-round.not-carried",
    invariant: true,
    rule: {
      nl: "Een besluit op grond van een schriftelijke ronde vraagt dat de ronde volgens de besluitregel is aangenomen.",
      en: "A decision by written round requires that the round was carried by the decision rule.",
    },
    explain: (f) => ({
      nl: `Ronde ${f.round} is niet aangenomen: ${f.result}.`,
      en: `Round ${f.round} was not carried: ${f.result}.`,
    }),
  }),
  decisionOnItem: defineRule<{ round: string; item: string }>()({
    code: "written-round.decide-on-item",
    invariant: true,
    rule: {
      nl: "Een aangenomen ronde over een stuk wordt gesloten met het besluit op dat stuk.",
      en: "A carried round on an item is closed with the decision on that item.",
    },
    explain: (f) => ({
      nl: `Ronde ${f.round} is aangenomen; leg het besluit op ${f.item} vast met deze ronde.`,
      en: `Round ${f.round} was carried; record the decision on ${f.item} with this round.`,
    }),
  }),
} as const
