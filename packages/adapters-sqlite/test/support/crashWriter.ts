// A writer for the crash test: appends commands of several events over two streams, without end,
// until it is killed. Run as: node --conditions=@weerbaar/source --import tsx crashWriter.ts FILE WRITER
// (the crash test runs a bundle of it, which starts faster)
import { Store } from "@weerbaar/core"
import { readModelContractModels } from "@weerbaar/core/testing"
import { Effect } from "effect"
import { SqliteStore } from "../../src/index.js"

const [filename = "", writer = "writer"] = process.argv.slice(2)

const writeCommands = Effect.gen(function* () {
  const store = yield* Store.EventStore
  for (let n = 0; ; n++) {
    const command = `${writer}-${n}`
    const size = 2 + (n % 5)
    const writes = yield* Effect.forEach([`item-${n % 3}`, `ledger-${n % 2}`], (streamId) =>
      Effect.map(store.streamVersion(streamId), (expectedVersion) => ({
        streamId,
        expectedVersion,
        events: Array.from({ length: size }, (_, index) => ({
          type: streamId.startsWith("item") ? "ItemVoted" : "BudgetReserved",
          schemaVersion: 1,
          payload: { id: streamId, command, index, of: size },
        })),
      })),
    )
    yield* store.append(writes, { correlationId: command, actor: writer })
    if (n === 0) process.stdout.write("ready\n")
    // SQLite's busy handler polls: a writer that starts its next transaction the instant the last
    // one committed would keep the neighbour process waiting past its busy timeout.
    yield* Effect.sleep("1 millis")
  }
})

Effect.runPromise(
  writeCommands.pipe(Effect.provide(SqliteStore.layer({ filename, readModels: readModelContractModels }))),
).catch((error) => {
  process.stderr.write(`${error}\n`)
  process.exit(1)
})
