import { Option } from "effect"
import { bodyOfLevel } from "../governance/queries.js"
import { BodyId } from "../governance/Ids.js"
import type { EndProgramme, ProgrammeEnded } from "../handover/programmeEnd.js"
import { exemptingBody } from "../practices/exemptionAuthority.js"
import { notingBody } from "../practices/networkAgreementDecision.js"
import type { PracticeCommand } from "../practices/practiceCommands.js"
import type { PracticeEvent } from "../practices/practiceEvents.js"
import type { PracticeState } from "../practices/PracticeState.js"
import type { TrackCommand } from "../practices/trackCommands.js"
import type { TrackEvent } from "../practices/trackEvents.js"
import type { TrackState } from "../practices/TrackState.js"
import { decidedInPolicy } from "./decidedInPolicy.js"

const other = { kind: "other" } as const

/** A pilot designation taken at a Stuurgroep meeting's point or by its written round. @category meetings */
export const pilotDecisionInMeetingPolicy = decidedInPolicy<PracticeCommand, PracticeEvent, PracticeState>(
  "pilot-designation-in-meeting",
  ["PilotMunicipalityDesignated"],
  (command, ctx) =>
    command._tag === "DesignatePilotMunicipality"
      ? {
          body: Option.match(bodyOfLevel(ctx.model, "besturing"), {
            onNone: () => BodyId.make("besturing"),
            onSome: (b) => b.id,
          }),
          decisionId: command.decisionId,
          decision: `${command.municipality} aangewezen als pilotgemeente voor ${command.practiceId}`,
          subject: other,
          record: command,
        }
      : undefined,
)

/** A network agreement the DVO took note of at its meeting's point or by its written round. @category meetings */
export const networkAgreementInMeetingPolicy = decidedInPolicy<PracticeCommand, PracticeEvent, PracticeState>(
  "network-agreement-in-meeting",
  ["NetworkAgreementRegistered"],
  (command, ctx) =>
    command._tag === "RegisterNetworkAgreement"
      ? {
          body: notingBody(ctx),
          decisionId: command.decisionId,
          decision: `kennisgenomen van netwerkafspraak ${command.agreement.name} (${command.agreement.agreedBy})`,
          subject: other,
          record: command,
        }
      : undefined,
)

/** An exemption granted at a DVO meeting's point or by its written round. @category meetings */
export const exemptionInMeetingPolicy = decidedInPolicy<TrackCommand, TrackEvent, TrackState>(
  "exemption-in-meeting",
  ["ExemptionGranted"],
  (command, ctx) =>
    command._tag === "GrantExemption"
      ? {
          body: exemptingBody(ctx.model, ctx.actor, command.municipality, command.meetingDate),
          decisionId: command.decisionId,
          decision: `${command.municipality} vrijgesteld van ${command.practiceId}: ${command.reason}`,
          subject: other,
          record: command,
        }
      : undefined,
)

/** The programme's end decided at a DVO meeting's point or by its written round. @category meetings */
export const programmeEndInMeetingPolicy = decidedInPolicy<EndProgramme, ProgrammeEnded, ProgrammeEnded | undefined>(
  "programme-end-in-meeting",
  ["ProgrammeEnded"],
  (command, ctx) => ({
    body: Option.match(bodyOfLevel(ctx.model, "bestuurlijk"), {
      onNone: () => BodyId.make("bestuurlijk"),
      onSome: (b) => b.id,
    }),
    decisionId: command.decisionId,
    decision: "het programma beëindigd",
    subject: other,
    record: command,
  }),
)
