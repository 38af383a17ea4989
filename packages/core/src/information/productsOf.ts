import { Either } from "effect"
import type { UndecodableEvent } from "../kernel/EventCodec.js"
import type { StoredEvent } from "../ports/EventStore.js"
import { informationEventCodec } from "./events.js"
import { type InformationProduct, noProduct, type ProductState, productStreamPrefix } from "./InformationProduct.js"
import { informationDecider } from "./informationDecider.js"

/**
 * Every information product in a log (any order of streams), folded from the `info-` streams, in
 * order of first registration; or the first event that does not decode.
 * @category information
 */
export const productsOf = (
  events: ReadonlyArray<StoredEvent>,
): Either.Either<ReadonlyArray<InformationProduct>, UndecodableEvent> => {
  const states = new Map<string, ProductState>()
  for (const stored of events) {
    if (!stored.streamId.startsWith(productStreamPrefix)) continue
    const decoded = informationEventCodec.fromStored(stored)
    if (Either.isLeft(decoded)) return Either.left(decoded.left)
    states.set(stored.streamId, informationDecider.evolve(states.get(stored.streamId) ?? noProduct, decoded.right))
  }
  return Either.right([...states.values()].filter((s): s is InformationProduct => s.exists))
}
