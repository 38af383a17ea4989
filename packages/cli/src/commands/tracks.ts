import * as Args from "@effect/cli/Args"
import * as Command from "@effect/cli/Command"
import * as Options from "@effect/cli/Options"
import { handle } from "../cli/handle.js"
import { shared } from "./options.js"

const load = () => import("../actions/tracks.js")
const practice = Args.text({ name: "practice" }).pipe(Args.withDescription("the measure (Best Practice id)"))
const municipality = Args.text({ name: "municipality" }).pipe(Args.withDescription("the municipality's id"))

/** `track set|exempt|show`: a measure's track per municipality. */
export const track = Command.make("track").pipe(
  Command.withDescription("the tracks of measures per municipality"),
  Command.withSubcommands([
    Command.make(
      "set",
      {
        practice,
        municipality,
        phase: Options.choice("phase", ["gepland", "pilot", "in_uitvoering", "geborgd", "niet_relevant"]),
        date: shared.date("when the phase was reached YYYY-MM-DD (default today)"),
        reason: Options.text("reason").pipe(
          Options.withDescription("why (required for niet_relevant)"),
          Options.optional,
        ),
        maatwerk: Options.text("maatwerk").pipe(
          Options.withDescription("how the municipality tailors it"),
          Options.optional,
        ),
      },
      handle(load, (m, g, a) => m.setTrack(g, a)),
    ).pipe(Command.withDescription("move a municipality's track to a phase (--as a person acting for it)")),
    Command.make(
      "exempt",
      {
        practice,
        municipality,
        decisionId: Options.text("decision-id").pipe(Options.withDescription("the DVO's decision")),
        date: shared.date("the meeting date YYYY-MM-DD (default today)"),
        reason: Options.text("reason").pipe(Options.withDescription("why the municipality is exempted")),
      },
      handle(load, (m, g, a) => m.exempt(g, a)),
    ).pipe(Command.withDescription("record the DVO's exemption of a municipality from an accorded measure")),
    Command.make(
      "show",
      { practice, municipality: municipality.pipe(Args.optional) },
      handle(load, (m, g, a) => m.showTracks(g, a)),
    ).pipe(Command.withDescription("the tracks of a measure")),
  ]),
)
