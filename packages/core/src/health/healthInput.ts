import { Either } from "effect"
import { dateOf } from "../kernel/CalendarDate.js"
import type { UndecodableEvent } from "../kernel/EventCodec.js"
import { governanceEventCodec, governanceStreamId } from "../governance/adoption.js"
import type { StoredEvent } from "../ports/EventStore.js"
import { routeEventCodec } from "../routes/events.js"
import type { ItemState } from "../routes/ItemState.js"
import { routeDecider } from "../routes/routeDecider.js"
import { type AccordedMeasure, accordedMeasureOf, networkMeasureOfEvent } from "./AccordedMeasure.js"
import { practiceEventCodec } from "../practices/practiceEvents.js"
import type { Adoption } from "./membershipHistory.js"
import { type Confirmations, confirmationDecider, confirmationEventCodec } from "./partConfirmation.js"
import type { HealthInput } from "./programmeHealth.js"
import { type Spending, spendingDecider, spendingEventCodec } from "./spending.js"
import { trackProgressOf } from "./trackProgress.js"

/**
 * The input of the programme's health from a whole log: adoptions of the governance model, the
 * items' routes (accorded measures) and the network's agreements, confirmations, spending and
 * tracks; or the first event of
 * those streams that does not decode.
 * @category health
 */
export const healthInputOf = (events: ReadonlyArray<StoredEvent>): Either.Either<HealthInput, UndecodableEvent> => {
  const adoptions: Array<Adoption> = []
  const items = new Map<string, ItemState>()
  const confirmations = new Map<string, Confirmations>()
  const spending = new Map<string, Spending>()
  const network: Array<AccordedMeasure> = []
  for (const stored of events) {
    if (stored.streamId === governanceStreamId) {
      const adopted = governanceEventCodec.fromStored(stored)
      if (Either.isLeft(adopted)) return Either.left(adopted.left)
      adoptions.push({ model: adopted.right.model, adoptedOn: dateOf(adopted.right.at) })
    } else if (routeEventCodec.handles(stored.type) && stored.streamId.startsWith("item-")) {
      const event = routeEventCodec.fromStored(stored)
      if (Either.isLeft(event)) return Either.left(event.left)
      items.set(
        stored.streamId,
        routeDecider.evolve(items.get(stored.streamId) ?? routeDecider.initialState, event.right),
      )
    } else if (confirmationEventCodec.handles(stored.type)) {
      const event = confirmationEventCodec.fromStored(stored)
      if (Either.isLeft(event)) return Either.left(event.left)
      const itemId = event.right.itemId
      confirmations.set(
        itemId,
        confirmationDecider.evolve(confirmations.get(itemId) ?? confirmationDecider.initialState, event.right),
      )
    } else if (stored.type === "NetworkAgreementRegistered") {
      const event = practiceEventCodec.fromStored(stored)
      if (Either.isLeft(event)) return Either.left(event.left)
      if (event.right._tag === "NetworkAgreementRegistered") network.push(networkMeasureOfEvent(event.right))
    } else if (spendingEventCodec.handles(stored.type)) {
      const event = spendingEventCodec.fromStored(stored)
      if (Either.isLeft(event)) return Either.left(event.left)
      const itemId = event.right.itemId
      spending.set(itemId, spendingDecider.evolve(spending.get(itemId) ?? spendingDecider.initialState, event.right))
    }
  }
  return Either.right({
    adoptions,
    measures: [
      ...[...items.values()].flatMap((state) => {
        const measure = accordedMeasureOf(state)
        return measure === undefined ? [] : [measure]
      }),
      ...network,
    ],
    tracks: trackProgressOf(events),
    confirmations,
    spending,
  })
}
