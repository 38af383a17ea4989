import { decidedRuleBook } from "@weerbaar/core/testing"
// Decide + durable append: drafting policy proposals through the Programme service on a SQLite
// file (load the stream, decide with the governance model, append with the expected version, hash
// chain, synchronous=FULL) against raw better-sqlite3 doing the same idempotency check, version
// read and hashed insert of the same event.
import { SqliteStore } from "@weerbaar/adapters-sqlite"
import { Governance, Kernel, Programme, Route, Store } from "@weerbaar/core"
import { Effect, Layer } from "effect"
import { nodeChainHash } from "../packages/adapters-sqlite/src/internal/nodeChainHash.js"
import { openRawEventsTable } from "./rawEventsTable.js"
import { type BenchResult, benchFolder, perSecond, timed } from "./harness.js"

// Enough commands for the steady state, past the first compilation of the code paths.
const commands = 1500
const drafter = Governance.PersonId.make("lid-eg-oc-rheden")

const draft = (n: number) =>
  new Route.DraftItem({
    itemId: Route.ItemId.make(`bv-${n}`),
    kind: "beleidsvoorstel",
    draftingBody: Governance.BodyId.make("eg-ondermijnende-criminaliteit"),
    content: {
      title: `Voorstel ${n}`,
      description: "Bestuurlijke aanpak.",
      budget: [
        new Route.BudgetLine({
          category: "projectleiding",
          organisation: Governance.OrganisationId.make("politie-oost-nederland"),
          year: 2016,
          amount: Kernel.Cents.make(100_000),
        }),
      ],
      practices: [],
    },
  })

const throughProgramme = (filename: string) =>
  Effect.gen(function* () {
    const programme = yield* Programme.Programme
    yield* decidedRuleBook(Governance.samenWeerbaar())
    return yield* Effect.promise(() =>
      timed(() =>
        Effect.runPromise(
          Effect.forEach(
            Array.from({ length: commands }, (_, n) => n),
            (n) => programme.route(drafter, draft(n), { idempotencyKey: `draft-${n}` }),
            { discard: true },
          ),
        ),
      ),
    )
  }).pipe(
    Effect.provide(
      Programme.Programme.layer.pipe(
        Layer.provideMerge(Programme.ProgrammeRuntime.layer),
        Layer.provide(Store.IdGenerator.sequential),
        Layer.provide(SqliteStore.layer({ filename })),
      ),
    ),
  )

const raw = (filename: string) => {
  const db = openRawEventsTable(filename)
  const begin = db.prepare("BEGIN IMMEDIATE")
  const commit = db.prepare("COMMIT")
  const byKey = db.prepare("SELECT position FROM events WHERE idempotency_key = ?")
  const stream = db.prepare("SELECT payload FROM events WHERE stream_id = ? ORDER BY version")
  const head = db.prepare("SELECT position, hash FROM events ORDER BY position DESC LIMIT 1")
  const insert = db.prepare("INSERT INTO events VALUES (?, ?, 1, 'ItemDrafted', 1, ?, ?, NULL, NULL, ?, ?, ?)")
  const elapsed = timed(() => {
    for (let n = 0; n < commands; n++) {
      const key = `${drafter}:draft-${n}`
      const streamId = Route.itemStreamId(`bv-${n}`)
      begin.run()
      if (byKey.get(key) === undefined && stream.all(streamId).length === 0) {
        const last = (head.get() as { position: number; hash: string } | undefined) ?? {
          position: 0,
          hash: Store.genesisHash,
        }
        const recordedAt = Kernel.timestampOf(new Date())
        const event = Route.routeEventCodec.toNewEvent(
          new Route.ItemDrafted({
            itemId: Route.ItemId.make(`bv-${n}`),
            kind: "beleidsvoorstel",
            draftingBody: Governance.BodyId.make("eg-ondermijnende-criminaliteit"),
            content: draft(n).content,
            draftedBy: drafter,
            at: recordedAt,
          }),
        )
        const payload = JSON.stringify(event.payload)
        const unhashed: Omit<Store.StoredEvent, "hash"> = {
          position: last.position + 1,
          streamId,
          version: 1,
          type: event.type,
          schemaVersion: 1,
          payload: JSON.parse(payload),
          metadata: { actor: drafter, idempotencyKey: key },
          recordedAt,
        }
        insert.run(last.position + 1, streamId, payload, drafter, key, recordedAt, nodeChainHash(last.hash, unhashed))
      }
      commit.run()
    }
  })
  return elapsed.finally(() => db.close())
}

export const run = async (): Promise<BenchResult> => {
  const files = benchFolder("decide-append")
  try {
    // Alternating rounds, best of each: timings on a shared machine vary from run to run.
    let rawMs = Number.POSITIVE_INFINITY
    let storeMs = Number.POSITIVE_INFINITY
    for (let round = 0; round < 5; round++) {
      rawMs = Math.min(rawMs, await raw(files.file(`raw-${round}.sqlite`)))
      storeMs = Math.min(storeMs, await Effect.runPromise(throughProgramme(files.file(`store-${round}.sqlite`))))
    }
    return {
      name: "sqlite-decide-append",
      ratio: rawMs / storeMs,
      goal: 0.5,
      measured: {
        commands,
        "Programme (decide + append) commands/s": perSecond(commands, storeMs),
        "raw better-sqlite3 commands/s": perSecond(commands, rawMs),
      },
    }
  } finally {
    files.remove()
  }
}
