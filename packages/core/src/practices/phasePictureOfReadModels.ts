import { Effect } from "effect"
import type { EventStoreFailure } from "../ports/EventStore.js"
import { queryAll, type ReadModelStoreShape } from "../ports/ReadModel.js"
import { type PhasePicture, phasePicture } from "./phasePicture.js"
import { practiceCatalogue, trackOverview } from "./practiceReadModels.js"

/**
 * The phase picture from the rows of the catalogue and track read models: one row per practice and
 * per track, where `Practices.phasePicture` folds every track event of the log. For a store that
 * keeps `practiceReadModels`, such as one behind the HTTP API.
 *
 * @example
 * ```ts
 * const picture = yield* phasePictureOfReadModels(yield* ReadModelStore)
 * ```
 * @category practices
 */
export const phasePictureOfReadModels = (store: ReadModelStoreShape): Effect.Effect<PhasePicture, EventStoreFailure> =>
  Effect.map(Effect.all([queryAll(store, practiceCatalogue), queryAll(store, trackOverview)]), ([practices, tracks]) =>
    phasePicture(
      practices.map((p) => ({ theme: p.theme, status: p.status })),
      tracks.map((t) => ({ theme: t.theme, phase: t.phase })),
    ),
  )
