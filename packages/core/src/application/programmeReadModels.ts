import { healthReadModels } from "../health/readModels.js"
import { informationReadModels } from "../information/readModels.js"
import { meetingReadModels } from "../meetings/meetingReadModels.js"
import { milestoneReadModels } from "../milestones/milestoneReadModels.js"
import { practiceReadModels } from "../practices/practiceReadModels.js"
import { routeReadModels } from "../routes/readModels.js"
import { signalRegister } from "./signalRegister.js"

/**
 * Every read model of the programme: the decision register and the items with their history, the
 * Best Practice catalogue and the tracks, milestones, meetings and written rounds, information products with their confidential
 * reads, the health of the programme, and the signals stored with their acts. A store behind the HTTP API or the CLI keeps all of them.
 *
 * @example
 * ```ts
 * const store = SqliteStore.layer({ filename: "weerbaar.db", readModels: programmeReadModels })
 * ```
 * @category read models
 */
export const programmeReadModels = [
  ...routeReadModels,
  ...practiceReadModels,
  ...milestoneReadModels,
  ...meetingReadModels,
  ...informationReadModels,
  ...healthReadModels,
  signalRegister,
] as const
