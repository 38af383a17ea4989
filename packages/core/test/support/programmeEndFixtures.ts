import { Handover, Kernel } from "@weerbaar/core"

/** The DVO's decision that ended the programme, on 13 April 2017, as the handover tests record it. */
export const programmeEnded = new Handover.ProgrammeEnded(
  {
    decisionId: "dvo-2017-einde",
    meetingDate: Kernel.calendarDate("2017-04-13"),
    rationale: "De doorontwikkeling gaat over naar VNON.",
    handedOver: [],
    endedBy: "secretaris-dvo",
    at: "2017-04-13T10:00:00.000Z" as Kernel.Timestamp,
  },
  true,
)
