import { FastCheck as fc } from "effect"
import { checkReply } from "./checkReply.js"
import type { FuzzRequest } from "./requestArbitrary.js"
import { type FuzzMemory, type FuzzTarget, sendRequest, urlOf } from "./sendRequest.js"

/** How much to send: `runs` sequences of `perRun` requests each. */
export interface FuzzPlan {
  readonly runs: number
  readonly perRun: number
  /** Ids that exist before the first request. */
  readonly known: ReadonlyArray<string>
  /** Milliseconds without an answer that count as a hang. */
  readonly patience: number
  readonly seed?: number
}

/**
 * Sends `runs × perRun` generated requests in order and returns the first thing wrong (a 5xx, a
 * hang, a 4xx that is no problem, or a non-2xx that stored events), or undefined when all held.
 * It does not shrink: the requests change the server's state, so the first failure is the report.
 */
export const fuzzServer = async (
  target: FuzzTarget,
  requests: fc.Arbitrary<FuzzRequest>,
  plan: FuzzPlan,
): Promise<{
  readonly sent: number
  readonly finding: string | undefined
  /** How many answers had each status: what the requests reached. */
  readonly statuses: ReadonlyMap<number, number>
}> => {
  const memory: FuzzMemory = { known: [...plan.known], etags: new Map() }
  const statuses = new Map<number, number>()
  let sent = 0
  let finding: string | undefined
  const property = fc.asyncProperty(
    fc.array(requests, { minLength: plan.perRun, maxLength: plan.perRun }),
    async (sequence) => {
      for (const request of sequence) {
        const before = await target.lastPosition()
        const reply = await sendRequest(target, memory, request, plan.patience).then(
          (r) => r,
          (error: unknown) => String(error),
        )
        sent++
        if (typeof reply === "string") {
          const sentWith = JSON.stringify({ ...request, body: request.body?.slice(0, 300) })
          finding = `${request.method} ${urlOf(memory, request).slice(0, 200)} ${sentWith}: no answer (${reply})`
          return false
        }
        statuses.set(reply.status, (statuses.get(reply.status) ?? 0) + 1)
        finding = checkReply(reply, { before, after: await target.lastPosition() })
        if (finding !== undefined) return false
      }
      return true
    },
  )
  const details = await fc.check(property, {
    numRuns: plan.runs,
    endOnFailure: true,
    ...(plan.seed === undefined ? {} : { seed: plan.seed }),
  })
  if (details.failed && finding === undefined) finding = `the fuzz itself failed: ${String(details.errorInstance)}`
  return { sent, finding, statuses }
}
