import { Effect } from "effect"
import type { GovernanceModel } from "../governance/GovernanceModel.js"
import type { CalendarDate } from "../kernel/CalendarDate.js"
import type { EventStoreFailure } from "../ports/EventStore.js"
import { queryAll, type ReadModelStoreShape } from "../ports/ReadModel.js"
import { type PhasePicture, phasePicture } from "./phasePicture.js"
import { practiceCatalogue } from "./practiceReadModels.js"
import { trackOverview } from "./trackOverview.js"
import { tracksOn } from "./tracksOn.js"

/**
 * The phase picture from the rows of the catalogue and track read models: one row per practice and
 * per track, where `Practices.phasePicture` folds every track event of the log. For a store that
 * keeps `practiceReadModels`, such as one behind the HTTP API. Given the model, the picture has its
 * themes; given a date too, the tracks stand as on that date after mergers ({@link tracksOn}).
 *
 * @example
 * ```ts
 * const picture = yield* phasePictureOfReadModels(yield* ReadModelStore, model, today)
 * ```
 * @category practices
 */
export const phasePictureOfReadModels = (
  store: ReadModelStoreShape,
  model?: Pick<GovernanceModel, "programme" | "themes">,
  date?: CalendarDate,
): Effect.Effect<PhasePicture, EventStoreFailure> =>
  Effect.map(Effect.all([queryAll(store, practiceCatalogue), queryAll(store, trackOverview)]), ([practices, tracks]) =>
    phasePicture(
      practices.map((p) => ({
        practiceId: p.practiceId,
        theme: p.theme,
        status: p.status,
        network: p.network !== undefined,
      })),
      (model === undefined || date === undefined ? tracks : tracksOn(model, tracks, date)).map((t) => ({
        practiceId: t.practiceId,
        theme: t.theme,
        phase: t.phase,
      })),
      model?.themes.map((t) => t.id),
    ),
  )
