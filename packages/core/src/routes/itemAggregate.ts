import type { Aggregate } from "../kernel/Aggregate.js"
import type { RouteCommand } from "./commands.js"
import { type RouteEvent, routeEventCodec } from "./events.js"
import type { ItemState } from "./ItemState.js"
import { routeDecider } from "./routeDecider.js"

/** An item on its approval route, as the runtime executes it. @category routes */
export const itemAggregate: Aggregate<RouteCommand, RouteEvent, ItemState> = {
  name: "item",
  decider: routeDecider,
  codec: routeEventCodec,
}
