import { meetingOf } from "@weerbaar/core/testing"
import { Governance, Kernel, Practice, Route } from "@weerbaar/core"
import { ctx, practiceId } from "./practiceFixtures.js"

/** The track context of a person on a date, with the practice its events make. */
export const trackCtx = (
  practiceEvents: ReadonlyArray<Practice.PracticeEvent>,
  actor: Governance.PersonId,
  date = "2016-06-15",
): Practice.TrackContext => ({ ...ctx(actor, date), practice: Kernel.fold(Practice.practiceDecider, practiceEvents) })

/** A move of a municipality's track to a phase, dated `on`. */
export const moveTrack = (to: Practice.TrackPhase, on: string, municipality = "rheden") =>
  new Practice.MoveTrack({
    practiceId,
    municipality: Governance.OrganisationId.make(municipality),
    to,
    on: Kernel.calendarDate(on),
  })

/** The DVO's exemption of a municipality, decided in a meeting on `meetingDate`. */
export const exemptOn = (meetingDate: string, municipality = "renkum") =>
  new Practice.GrantExemption({
    practiceId,
    municipality: Governance.OrganisationId.make(municipality),
    decisionId: Route.DecisionId.make("dvo-vrijstelling"),
    ...meetingOf(Governance.samenWeerbaar(), "dvo", meetingDate),
    reason: "Geen hennepteelt van betekenis in de gemeente.",
  })

/** The events of a track after the given moves, each decided by the real decider. */
export const trackHistory = (
  practiceEvents: ReadonlyArray<Practice.PracticeEvent>,
  actor: Governance.PersonId,
  ...moves: ReadonlyArray<Practice.TrackCommand>
): Array<Practice.TrackEvent> => {
  const events: Array<Practice.TrackEvent> = []
  for (const move of moves) {
    const result = Practice.trackDecider.decide(
      move,
      Kernel.fold(Practice.trackDecider, events),
      trackCtx(practiceEvents, actor),
    )
    if (result._tag === "Left") throw new Error(`fixture step refused: ${result.left.message}`)
    events.push(...result.right.events)
  }
  return events
}
