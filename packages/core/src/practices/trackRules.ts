import { defineRule } from "../kernel/Refusal.js"

/**
 * The rules of a measure's track in a municipality, each with a stable code and its text in Dutch
 * and English.
 * @category tracks
 */
export const trackRules = {
  notAMunicipality: defineRule<{ organisation: string }>()({
    code: "track.not-a-municipality",
    rule: {
      nl: "Een spoor hoort bij een gemeente uit het bestuursmodel.",
      en: "A track belongs to a municipality of the governance model.",
    },
    explain: (f) => ({
      nl: `${f.organisation} is geen gemeente in het bestuursmodel.`,
      en: `${f.organisation} is not a municipality in the governance model.`,
    }),
  }),
  outsideArea: defineRule<{ municipality: string; date: string; successor: string }>()({
    code: "track.outside-area",
    rule: {
      nl: "Een spoor hoort bij een gemeente in het gebied van het programma op de datum van de handeling; een referentiegemeente buiten het gebied alleen met een pilot waarvoor zij is aangewezen.",
      en: "A track belongs to a municipality of the programme's area on the date of the act; a reference municipality outside the area only with a pilot it was designated for.",
    },
    explain: (f) =>
      f.successor === ""
        ? {
            nl: `${f.municipality} hoort op ${f.date} niet bij het gebied van het programma.`,
            en: `${f.municipality} is not in the programme's area on ${f.date}.`,
          }
        : {
            nl: `${f.municipality} hoort op ${f.date} niet meer bij het gebied: de gemeente is opgegaan in ${f.successor}, wier spoor het voortzet.`,
            en: `${f.municipality} is no longer in the area on ${f.date}: it merged into ${f.successor}, whose track continues it.`,
          },
  }),
  bodyOutsideArea: defineRule<{ person: string; body: string; municipality: string }>()({
    code: "track.body-outside-area",
    invariant: true,
    rule: {
      nl: "Een bestuurlijk orgaan met een eigen gebied (een DVO van een district) besluit alleen voor de gemeenten in dat gebied.",
      en: "A bestuurlijk body with an area of its own (a district's DVO) decides only for the municipalities in that area.",
    },
    explain: (f) => ({
      nl: `${f.person} handelt namens ${f.body}, maar ${f.municipality} ligt niet in het gebied van ${f.body}.`,
      en: `${f.person} acts for ${f.body}, but ${f.municipality} is not in the area of ${f.body}.`,
    }),
  }),
  mayNotMove: defineRule<{ person: string; municipality: string; date: string }>()({
    code: "track.may-not-act-for-municipality",
    invariant: true,
    rule: {
      nl: "Alleen wie namens de gemeente (een medewerker van die gemeente die lid is van een programmaorgaan) of namens de expertgroep van het thema handelt, werkt het spoor van die gemeente bij.",
      en: "Only a person acting for the municipality (its staff member who sits in a programme body) or for the theme's expert group updates the municipality's track.",
    },
    explain: (f) => ({
      nl: `${f.person} handelt op ${f.date} niet namens ${f.municipality} of de expertgroep van het thema.`,
      en: `${f.person} does not act for ${f.municipality} or the theme's expert group on ${f.date}.`,
    }),
  }),
  moveNotAllowed: defineRule<{ from: string; to: string; allowed: ReadonlyArray<string> }>()({
    code: "track.move-not-allowed",
    rule: {
      nl: "Een spoor volgt de toegestane overgangen tussen fasen.",
      en: "A track follows the allowed moves between phases.",
    },
    explain: (f) => ({
      nl: `Van ${f.from} naar ${f.to} kan niet; vanuit ${f.from} kan: ${f.allowed.length === 0 ? "niets meer" : f.allowed.join(", ")}.`,
      en: `From ${f.from} to ${f.to} is not allowed; from ${f.from}: ${f.allowed.length === 0 ? "nothing further" : f.allowed.join(", ")}.`,
    }),
  }),
  notAccorded: defineRule<{ practice: string; status: string; to: string }>()({
    code: "track.not-accorded",
    rule: {
      nl: "Vóór het akkoord van het DVO kent een maatregel alleen pilots; daarna voeren de gemeenten haar uit.",
      en: "Before the DVO's accord a measure knows only pilots; after it the municipalities execute it.",
    },
    explain: (f) => ({
      nl: `${f.practice} heeft status ${f.status}; fase ${f.to} kan pas na het akkoord.`,
      en: `${f.practice} has status ${f.status}; phase ${f.to} is possible only after the accord.`,
    }),
  }),
  notAPilotMunicipality: defineRule<{ practice: string; municipality: string }>()({
    code: "track.not-a-pilot-municipality",
    asksReason: true,
    rule: {
      nl: "Een pilot vóór het akkoord vindt plaats in een pilotgemeente die de Stuurgroep aanwees; een gemeente die op eigen initiatief een pilot start, legt uit waarom (lokaal initiatief).",
      en: "A pilot before the accord takes place in a pilot municipality the Stuurgroep designated; a municipality that starts a pilot on its own initiative explains why (local initiative).",
    },
    explain: (f) => ({
      nl: `${f.municipality} is geen aangewezen pilotgemeente voor ${f.practice}.`,
      en: `${f.municipality} is not a designated pilot municipality for ${f.practice}.`,
    }),
  }),
  practiceClosed: defineRule<{ practice: string; status: string }>()({
    code: "track.practice-closed",
    rule: {
      nl: "Een afgewezen of gestopte maatregel wordt niet verder uitgevoerd.",
      en: "A rejected or stopped measure is not executed further.",
    },
    explain: (f) => ({ nl: `${f.practice} heeft status ${f.status}.`, en: `${f.practice} has status ${f.status}.` }),
  }),
  reasonRequired: defineRule<{ municipality: string }>()({
    code: "track.reason-required",
    rule: {
      nl: 'Een maatregel is alleen met opgave van reden niet relevant voor een gemeente ("indien relevant").',
      en: 'A measure is not relevant for a municipality only with a stated reason ("if relevant").',
    },
    explain: (f) => ({ nl: `${f.municipality} geeft geen reden op.`, en: `${f.municipality} states no reason.` }),
  }),
  exemptionRequired: defineRule<{ practice: string; municipality: string }>()({
    code: "track.exemption-required",
    asksReason: true,
    rule: {
      nl: "Een gemeente laat een geaccordeerde maatregel liggen met vrijstelling van het DVO, of legt het DVO uit waarom (pas toe of leg uit): het tempo is vrij, het eindresultaat niet.",
      en: "A municipality leaves an accorded measure undone with the DVO's exemption, or explains to the DVO why (comply or explain): tempo is free, the end result is not.",
    },
    explain: (f) => ({
      nl: `Het DVO verleende ${f.municipality} geen vrijstelling voor ${f.practice}.`,
      en: `The DVO granted ${f.municipality} no exemption from ${f.practice}.`,
    }),
  }),
  exemptionExists: defineRule<{ practice: string; municipality: string }>()({
    code: "track.exemption-exists",
    rule: { nl: "Een vrijstelling wordt één keer verleend.", en: "An exemption is granted once." },
    explain: (f) => ({
      nl: `${f.municipality} heeft al vrijstelling voor ${f.practice}.`,
      en: `${f.municipality} is already exempted from ${f.practice}.`,
    }),
  }),
  exemptionBeforeAccord: defineRule<{ practice: string; status: string }>()({
    code: "track.exemption-before-accord",
    rule: { nl: "Vrijstelling geldt een geaccordeerde maatregel.", en: "An exemption concerns an accorded measure." },
    explain: (f) => ({
      nl: `${f.practice} heeft status ${f.status} en is niet geaccordeerd.`,
      en: `${f.practice} has status ${f.status} and is not accorded.`,
    }),
  }),
  dateInFuture: defineRule<{ date: string; today: string }>()({
    code: "track.date-in-future",
    rule: { nl: "Een fase wordt vastgelegd als ze bereikt is.", en: "A phase is recorded once it is reached." },
    explain: (f) => ({
      nl: `De datum ${f.date} ligt na vandaag (${f.today}).`,
      en: `The date ${f.date} is after today (${f.today}).`,
    }),
  }),
}
