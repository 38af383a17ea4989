import { argument, choice, command, group, handle, text } from "../cli/spec.js"
import { decisionRecordOptions, shared } from "./options.js"

const load = () => import("../actions/tracks.js")
const practice = argument("practice", "the measure (Best Practice id)")
const municipality = argument("municipality", "the municipality's id")

/** `track set|exempt|show`: a measure's track per municipality. */
export const track = group("track", "the tracks of measures per municipality", [
  command(
    "set",
    "move a municipality's track to a phase (--as a person acting for it)",
    {
      practice,
      municipality,
      phase: choice(
        "phase",
        ["gepland", "pilot", "in_uitvoering", "geborgd", "niet_relevant"],
        "the phase the track reached",
      ),
      date: shared.date("when the phase was reached YYYY-MM-DD (default today)"),
      reason: text("reason", "why (required for niet_relevant)", "text").optional(),
      maatwerk: text("maatwerk", "how the municipality tailors it", "text").optional(),
    },
    handle(load, (m, g, a) => m.setTrack(g, a)),
  ),
  command(
    "exempt",
    "record the DVO's exemption of a municipality from an accorded measure",
    {
      practice,
      municipality,
      decisionId: text("decision-id", "the DVO's decision", "id"),
      reason: text("reason", "why the municipality is exempted", "text"),
      rationale: text("rationale", "the DVO's rationale (default the reason)", "text").optional(),
      ...decisionRecordOptions,
    },
    handle(load, (m, g, a) => m.exempt(g, a)),
  ),
  command(
    "show",
    "the tracks of a measure",
    { practice, municipality: municipality.optional() },
    handle(load, (m, g, a) => m.showTracks(g, a)),
  ),
])
