import * as fs from "node:fs"
import { assert, describe, it } from "@effect/vitest"
import { Kernel, type Store } from "@weerbaar/core"
import { readModelContractModels } from "@weerbaar/core/testing"
import { Effect } from "effect"
import { event, openStore, storeFile, withStore } from "./support/storeOf.js"
import { tempFolder } from "./support/tempFiles.js"

const models = readModelContractModels

const fill = (filename: string) =>
  withStore(
    filename,
    ({ events }) =>
      Effect.gen(function* () {
        for (let n = 0; n < 30; n++) {
          const id = `item-${n % 7}`
          const version = yield* events.streamVersion(id)
          const type = version === 0 ? "ItemOpened" : n % 5 === 0 ? "ItemClosed" : "ItemVoted"
          yield* events.append(
            [{ streamId: id, expectedVersion: version, events: [event(type, { id, title: `Voorstel ${n}` })] }],
            {
              actor: "secretaris-dvo",
              correlationId: `c-${n}`,
              idempotencyKey: `k-${n}`,
            },
          )
        }
      }),
    models,
  )

const everything = (filename: string) =>
  withStore(
    filename,
    ({ events, readModels }) =>
      Effect.gen(function* () {
        const rows = (store: Store.ReadModelStoreShape) =>
          Effect.forEach(models, (model) => Effect.map(store.query(model, { limit: 500 }), (page) => page.rows))
        return Kernel.canonicalJson({ events: yield* events.readAll(), rows: yield* rows(readModels) })
      }),
    models,
  )

describe("backup, export and import", () => {
  it.scoped("an online backup opens as a store with the same events and read models", () =>
    Effect.gen(function* () {
      const folder = yield* tempFolder
      const filename = storeFile(folder)
      yield* fill(filename)
      const backup = storeFile(folder, "backup.sqlite")
      yield* Effect.scoped(
        Effect.gen(function* () {
          const open = yield* openStore(filename, models)
          yield* open.admin.backup(backup)
          const again = yield* Effect.flip(open.admin.backup(backup))
          assert.strictEqual(again._tag, "StoreUnavailable", "a backup never overwrites a file")
        }),
      )
      assert.strictEqual(yield* everything(backup), yield* everything(filename))
      const verification = yield* withStore(backup, ({ events }) => events.verify)
      assert.isTrue(verification.intact && verification.checked === 30)
    }),
  )

  it.scoped("a JSON Lines export imports into a new store as the same log, with the same read models", () =>
    Effect.gen(function* () {
      const folder = yield* tempFolder
      const filename = storeFile(folder)
      yield* fill(filename)
      const lines = storeFile(folder, "log.jsonl")
      const exported = yield* withStore(filename, ({ admin }) => admin.exportJsonLines(lines))
      assert.strictEqual(exported, 30)
      assert.strictEqual(fs.readFileSync(lines, "utf8").trimEnd().split("\n").length, 30)
      const copy = storeFile(folder, "copy.sqlite")
      const imported = yield* withStore(copy, ({ admin }) => admin.importJsonLines(lines), models)
      assert.strictEqual(imported, 30)
      assert.strictEqual(yield* everything(copy), yield* everything(filename))
      const refused = yield* withStore(copy, ({ admin }) => Effect.flip(admin.importJsonLines(lines)))
      assert.strictEqual(refused._tag, "ImportRefused")
      assert.include(refused.message, "not empty")
    }),
  )

  it.scoped("a tampered JSON Lines file is refused whole, naming the line and position", () =>
    Effect.gen(function* () {
      const folder = yield* tempFolder
      const filename = storeFile(folder)
      yield* fill(filename)
      const lines = storeFile(folder, "log.jsonl")
      yield* withStore(filename, ({ admin }) => admin.exportJsonLines(lines))
      const text = fs.readFileSync(lines, "utf8").split("\n")
      text[16] = text[16]!.replace("Voorstel 16", "Voorstel 61")
      const tampered = storeFile(folder, "tampered.jsonl")
      fs.writeFileSync(tampered, text.join("\n"))
      const copy = storeFile(folder, "copy.sqlite")
      const error = yield* withStore(copy, ({ admin }) => Effect.flip(admin.importJsonLines(tampered)), models)
      assert.strictEqual(error._tag, "ImportRefused")
      if (error._tag === "ImportRefused") {
        assert.strictEqual(error.line, 17)
        assert.strictEqual(error.position, 17)
      }
      const after = yield* withStore(
        copy,
        ({ events, readModels }) => Effect.all([events.lastPosition, readModels.query(models[0]!)]),
        models,
      )
      assert.deepStrictEqual([after[0], after[1].rows.length], [0, 0], "nothing was imported")
    }),
  )

  it.scoped("an import refuses lines that are not stored events, and a missing line in the chain", () =>
    Effect.gen(function* () {
      const folder = yield* tempFolder
      const filename = storeFile(folder)
      yield* fill(filename)
      const lines = storeFile(folder, "log.jsonl")
      yield* withStore(filename, ({ admin }) => admin.exportJsonLines(lines))
      const text = fs.readFileSync(lines, "utf8").split("\n")
      const cases: ReadonlyArray<[string, ReadonlyArray<string>, number]> = [
        ["not JSON", [text[0]!, "{ kapot", ...text.slice(2)], 2],
        ["missing event", [text[0]!, text[1]!, ...text.slice(3)], 3],
        ["wrong shape", [text[0]!, JSON.stringify({ ...JSON.parse(text[1]!), version: "2" })], 2],
      ]
      for (const [name, content, line] of cases) {
        const source = storeFile(folder, `${name}.jsonl`)
        fs.writeFileSync(source, content.join("\n"))
        const copy = storeFile(folder, `${name}.sqlite`)
        const error = yield* withStore(copy, ({ admin }) => Effect.flip(admin.importJsonLines(source)))
        assert.strictEqual(error._tag, "ImportRefused", name)
        if (error._tag === "ImportRefused") assert.strictEqual(error.line, line, name)
        assert.strictEqual(yield* withStore(copy, ({ events }) => events.lastPosition), 0, name)
      }
    }),
  )
})
