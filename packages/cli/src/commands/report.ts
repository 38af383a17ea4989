import * as Command from "@effect/cli/Command"
import * as Options from "@effect/cli/Options"
import { handle } from "../cli/handle.js"
import { shared } from "./options.js"

/** `report`. */
export const report = Command.make(
  "report",
  {
    format: Options.choice("format", ["markdown", "html"]).pipe(
      Options.withDescription("Markdown (Mermaid chart) or one self-contained HTML file (SVG chart)"),
      Options.withDefault("markdown" as const),
    ),
    out: shared.out,
    date: shared.date("the report's date YYYY-MM-DD (default today)"),
  },
  handle(
    () => import("../actions/report.js"),
    (m, g, a) => m.report(g, a),
  ),
).pipe(Command.withDescription("the programme's status: governance chart, phase matrix, timeline, budget, health"))

/** `demo`. */
export const demo = Command.make(
  "demo",
  {
    networkDb: Options.text("network-db").pipe(
      Options.withDescription("the network's (VNON) store (default next to --db: weerbaar.vnon.db)"),
      Options.optional,
    ),
  },
  handle(
    () => import("../actions/demo.js"),
    (m, g, a) => m.demo(g, a),
  ),
).pipe(Command.withDescription("play the plan's story, 2015–2018, into fresh stores, printing each step"))
