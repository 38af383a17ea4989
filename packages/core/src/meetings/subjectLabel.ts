import type { AgendaSubject } from "./meetingCommands.js"

/** An agenda subject in words, as refusals name it. @category meetings */
export const subjectLabel = (subject: AgendaSubject): string =>
  subject.kind === "item"
    ? `stuk ${subject.itemId}`
    : subject.kind === "minutes"
      ? `de besluitenlijst van ${subject.meetingId}`
      : "een eigen punt"
