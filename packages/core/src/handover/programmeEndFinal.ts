import { Either } from "effect"
import type { Aggregate } from "../kernel/Aggregate.js"
import type { Policy } from "../kernel/Policy.js"
import { violation } from "../kernel/Refusal.js"
import { programmeEnded } from "./programmeEndedRule.js"
import {
  type EndProgramme,
  type ProgrammeEnded,
  programmeEndDecider,
  programmeEndEventCodec,
  programmeEndStreamId,
} from "./programmeEnd.js"

const newWorkTags: ReadonlyArray<string> = [
  "DraftItem",
  "SubmitItem",
  "RegisterPractice",
  "DesignatePilotMunicipality",
  "StartPilot",
  "PlanMilestone",
  "RegisterProduct",
]

/**
 * Whether a command starts new work, which the programme's end rules out: drafting an item or
 * putting one on its route (again), inventorying a practice, designating a pilot municipality or
 * starting a pilot, a track moving into a pilot, planning a milestone, registering an information
 * product. What continues after the end is not new work: decisions on and revocations of what was
 * decided, documenting and evaluating practices, the execution and borging of accorded measures by
 * each partner (tracks into `gepland`, `in_uitvoering`, `geborgd`, maatwerk, exemptions), delivering
 * milestones and products, reading, and the handover packages.
 * @category handover
 */
export const startsNewWork = (command: { readonly _tag: string }): boolean =>
  newWorkTags.includes(command._tag) ||
  (command._tag === "MoveTrack" && (command as { readonly to?: unknown }).to === "pilot")

// The end's stream as a policy reads it: folded only, never decided through here.
const programmeEndRecord: Aggregate<EndProgramme, ProgrammeEnded, ProgrammeEnded | undefined> = {
  name: "programme-end",
  decider: { ...programmeEndDecider, decide: () => Either.right({ events: [], signals: [] }) },
  codec: programmeEndEventCodec,
}

/**
 * The programme-end policy: a command that starts new work ({@link startsNewWork}) reads the
 * programme's end and is refused with `programme.ended`, naming the decision, once it is recorded.
 * Read with the command, the end is held at the version read: an end recorded meanwhile makes the
 * command be decided again.
 * @category handover
 */
export const programmeEndPolicy = <C extends { readonly _tag: string }, E, S>(): Policy<C, E, S> => ({
  name: "programme-end",
  description: {
    nl: "Na het einde van het programma begint geen nieuw werk.",
    en: "No new work starts after the programme's end.",
  },
  reads: (command) =>
    startsNewWork(command) ? [{ aggregate: programmeEndRecord, streamId: programmeEndStreamId }] : [],
  check: (command, _state, read) => {
    const ended = read.get(programmeEndStreamId) as ProgrammeEnded | undefined
    return startsNewWork(command) && ended !== undefined
      ? [violation(programmeEnded, { decision: ended.decisionId, command: command._tag })]
      : []
  },
  react: () => [],
})
