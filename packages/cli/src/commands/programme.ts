import { command, group, handle, text } from "../cli/spec.js"
import { decisionRecordOptions } from "./options.js"

/** `programme end`: the DVO's decision, in its meeting, to end the programme. */
export const programme = group("programme", "the programme as a whole", [
  command(
    "end",
    "record the DVO's decision to end the programme (--as a person acting for it)",
    {
      decisionId: text("decision-id", "the DVO's decision", "id"),
      rationale: text("rationale", "why the DVO ends it", "text"),
      reason: text("reason", "why it ends with open work, where the model signals it", "text").optional(),
      ...decisionRecordOptions,
    },
    handle(
      () => import("../actions/programmeEnd.js"),
      (m, g, a) => m.end(g, a),
    ),
  ),
])
