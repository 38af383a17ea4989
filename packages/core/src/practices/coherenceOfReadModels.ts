import { Effect } from "effect"
import type { GovernanceModel } from "../governance/GovernanceModel.js"
import type { CalendarDate } from "../kernel/CalendarDate.js"
import type { EventStoreFailure } from "../ports/EventStore.js"
import { queryAll, type ReadModelStoreShape } from "../ports/ReadModel.js"
import { type Coherence, coherence } from "./coherence.js"
import { practiceCatalogue } from "./practiceReadModels.js"
import { trackOverview } from "./trackOverview.js"
import { tracksOn } from "./tracksOn.js"

/**
 * The coherence view ({@link coherence}) from a store that keeps `practiceReadModels`; given a
 * date, the tracks stand as on that date after mergers ({@link tracksOn}).
 *
 * @example
 * ```ts
 * const view = yield* coherenceOfReadModels(yield* ReadModelStore, model, today)
 * ```
 * @category practices
 */
export const coherenceOfReadModels = (
  store: ReadModelStoreShape,
  model: GovernanceModel,
  date?: CalendarDate,
): Effect.Effect<Coherence, EventStoreFailure> =>
  Effect.map(Effect.all([queryAll(store, practiceCatalogue), queryAll(store, trackOverview)]), ([practices, tracks]) =>
    coherence(model, practices, date === undefined ? tracks : tracksOn(model, tracks, date)),
  )
