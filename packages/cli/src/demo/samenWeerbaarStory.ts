import { Effect } from "effect"
import type { Narration } from "./stage.js"
import { execution } from "./samenWeerbaar/execution.js"
import { experiment } from "./samenWeerbaar/experiment.js"
import { handoverToTheNetwork } from "./samenWeerbaar/handover.js"
import { inventory } from "./samenWeerbaar/inventory.js"
import { networkTrack } from "./samenWeerbaar/networkTrack.js"
import { progressReport } from "./samenWeerbaar/progressReport.js"
import { proposals } from "./samenWeerbaar/proposals.js"
import { theStart } from "./samenWeerbaar/start.js"

/**
 * The programme Samen Weerbaar from the Pact van Ellecom to the handover, in its own store: the phases
 * of the plan one after the other. Answers the handover package for the network's store.
 */
export const samenWeerbaarStory = (n: Narration) =>
  Effect.gen(function* () {
    yield* theStart(n)
    yield* networkTrack(n)
    yield* inventory(n)
    yield* experiment(n)
    yield* proposals(n)
    yield* execution(n)
    yield* progressReport(n)
    return yield* handoverToTheNetwork(n)
  })
