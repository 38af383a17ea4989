import { choice, command, handle, text } from "../cli/spec.js"
import { shared } from "./options.js"

/** `report`. */
export const report = command(
  "report",
  "the programme's status: governance chart, phase matrix, timeline, budget, health",
  {
    format: choice(
      "format",
      ["markdown", "html"],
      "Markdown (Mermaid chart) or one self-contained HTML file (SVG chart)",
    ).withDefault("markdown"),
    out: shared.out,
    date: shared.date("the report's date YYYY-MM-DD (default today)"),
  },
  handle(
    () => import("../actions/report.js"),
    (m, g, a) => m.report(g, a),
  ),
)

/** `demo`. */
export const demo = command(
  "demo",
  "play the plan's story, 2015–2018, into fresh stores, printing each step",
  {
    networkDb: text(
      "network-db",
      "the network's (VNON) store (default next to --db: weerbaar.vnon.db)",
      "file",
    ).optional(),
  },
  handle(
    () => import("../actions/demo.js"),
    (m, g, a) => m.demo(g, a),
  ),
)
