import { existsSync } from "node:fs"
import { SqliteStoreAdmin } from "@weerbaar/adapters-sqlite"
import { Governance, Kernel, Programme, Store } from "@weerbaar/core"
import { Effect, Option } from "effect"
import { BadInput, CheckFailed } from "../cli/errors.js"
import type { Global } from "../cli/global.js"
import type { Output } from "../cli/output.js"
import { requirePerson } from "../runtime/input.js"
import { withProgress } from "../runtime/progress.js"
import { onStore, servicesLayer } from "../runtime/services.js"
import { readModelFile } from "../runtime/modelFile.js"

const mustBeNew = (filename: string, what: string) =>
  existsSync(filename)
    ? Effect.fail(
        new BadInput({
          problem: `'${filename}' exists already; ${what} makes a new store`,
          next: "pass --db with a new file name, or move the existing file aside",
        }),
      )
    : Effect.void

const modelFrom = (args: { preset: Option.Option<string>; model: Option.Option<string> }) =>
  Effect.gen(function* () {
    if (Option.isSome(args.model)) return yield* readModelFile(args.model.value)
    return Option.getOrElse(args.preset, () => "samen-weerbaar") === "vnon"
      ? Governance.vnonNetwerk()
      : Governance.samenWeerbaar()
  })

/** The first person acting for the governing bodies on the programme's start: who adopts by default. */
const defaultAdopter = (model: Governance.GovernanceModel): Governance.PersonId => {
  const governing = model.bodies.filter((b) => b.level === "besturing" || b.level === "bestuurlijk")
  const start = Kernel.calendarDate(model.programme.startDate)
  for (const body of governing) {
    const first = Governance.actorsFor(model, body.id, start)[0]
    if (first !== undefined) return first
  }
  return model.persons[0]?.id ?? Governance.PersonId.make("weerbaar")
}

/** `init`: a new store that adopts a preset or a governance model from a JSON file. */
export const init = (global: Global, args: { preset: Option.Option<string>; model: Option.Option<string> }) =>
  Effect.gen(function* () {
    if (Option.isSome(args.preset) && Option.isSome(args.model)) {
      return yield* new BadInput({ problem: "--preset and --model exclude each other", next: "pass one of them" })
    }
    const model = yield* modelFrom(args)
    yield* mustBeNew(global.db, "init")
    const actor = Option.isSome(global.as) ? yield* requirePerson(model, global.as.value) : defaultAdopter(model)
    yield* Effect.provide(
      Effect.flatMap(Programme.Programme, (p) => p.adoptModel(model, actor)),
      servicesLayer(global.db),
    )
    const json = {
      db: global.db,
      programme: model.programme.name,
      district: model.programme.district,
      municipalities: model.programme.municipalities.length,
      bodies: model.bodies.length,
      persons: model.persons.length,
      adoptedBy: actor,
      status: "concept",
      fingerprint: Governance.modelFingerprint(model),
    }
    return {
      json,
      text: [
        `${global.db}: ${json.programme} (${json.district}) — ${json.bodies} bodies, ${json.persons} persons, ${json.municipalities} municipalities; founded by ${actor}`,
        `The rule book is a concept until the DVO decides on the programme plan (fingerprint ${json.fingerprint}):`,
        "  weerbaar plan draft <id> --model <file> …, plan submit, plan decide --body dvo --outcome approve …,",
        "  then weerbaar model adopt <file> --item <id> --decision <decision>",
      ].join("\n"),
    } satisfies Output
  })

const newFile = (path: string) =>
  existsSync(path)
    ? Effect.fail(
        new BadInput({ problem: `'${path}' exists already`, next: "name a new file; nothing is overwritten" }),
      )
    : Effect.void

/** `export`: the whole event log as JSON Lines. */
export const exportLog = (global: Global, args: { file: string }) =>
  onStore(
    global.db,
    Effect.gen(function* () {
      yield* newFile(args.file)
      const admin = yield* SqliteStoreAdmin
      const events = yield* withProgress("exporting", admin.exportJsonLines(args.file))
      return { json: { file: args.file, events }, text: `${events} events written to ${args.file}` } satisfies Output
    }),
  )

/** What an import leaves to sign: the head signed in it, or a word on how to sign it. */
const importedHead = Effect.gen(function* () {
  const admin = yield* SqliteStoreAdmin
  const checkpoint = (yield* admin.checkpoints).at(-1)
  if (checkpoint !== undefined) {
    return {
      checkpoint,
      text: `; head ${checkpoint.position}:${checkpoint.hash} signed with key ${checkpoint.keyId}`,
    }
  }
  return {
    checkpoint: undefined,
    text:
      "\nno signed checkpoint covers the imported events (an export carries none): check the head against " +
      "the source, then sign it with `weerbaar checkpoint --signing-key FILE`, or `verify --public-key` will say so",
  }
})

/**
 * `import`: a JSON Lines log into a new store, checked against the hash chain first; with a
 * signing key the imported head is signed, since an export carries no checkpoints.
 */
export const importLog = (global: Global, args: { file: string }) =>
  Effect.gen(function* () {
    if (!existsSync(args.file)) {
      return yield* new BadInput({
        problem: `there is no file '${args.file}'`,
        next: "name the file `weerbaar export` wrote",
      })
    }
    yield* mustBeNew(global.db, "import")
    const { events, head } = yield* Effect.provide(
      withProgress(
        "importing",
        Effect.flatMap(SqliteStoreAdmin, (admin) => admin.importJsonLines(args.file)),
      ).pipe(Effect.flatMap((events) => Effect.map(importedHead, (head) => ({ events, head })))),
      servicesLayer(global.db),
    ).pipe(
      Effect.tapError(() =>
        Effect.promise(async () => {
          // A refused import leaves no half-made store behind.
          const { rm } = await import("node:fs/promises")
          await rm(global.db, { force: true })
        }),
      ),
    )
    return {
      json: { db: global.db, events, ...(head.checkpoint === undefined ? {} : { checkpoint: head.checkpoint }) },
      text: `${events} events imported into ${global.db}${events === 0 ? "" : head.text}`,
    } satisfies Output
  })

/** `backup`: an online copy of the store to a new file. */
export const backup = (global: Global, args: { file: string }) =>
  onStore(
    global.db,
    Effect.gen(function* () {
      yield* newFile(args.file)
      yield* withProgress(
        "backing up",
        Effect.flatMap(SqliteStoreAdmin, (admin) => admin.backup(args.file)),
      )
      return { json: { file: args.file }, text: `backup written to ${args.file}` } satisfies Output
    }),
  )

/**
 * `rebuild`: every read model again from the log; on a broken hash chain only with `--force`,
 * since the models would then show the altered log.
 */
export const rebuild = (global: Global, args: { force: boolean }) =>
  onStore(
    global.db,
    Effect.gen(function* () {
      const chain = yield* withProgress(
        "verifying the hash chain",
        Effect.flatMap(Store.EventStore, (s) => s.verify),
      )
      if (!chain.intact && !args.force) {
        return yield* new CheckFailed({
          problem: `not rebuilt: the hash chain breaks at position ${chain.position}: ${chain.reason}`,
          next: "restore the store from a backup; pass --force only to rebuild from the altered log anyway",
        })
      }
      yield* withProgress(
        "rebuilding the read models",
        Effect.flatMap(Store.ReadModelStore, (r) => r.rebuild),
      )
      const head = yield* Effect.flatMap(Store.EventStore, (s) => s.lastPosition)
      const warning = chain.intact
        ? ""
        : ` from a log whose hash chain breaks at position ${chain.position}: its figures are not to be trusted`
      return {
        json: { rebuiltUpTo: head, chainIntact: chain.intact },
        text: `read models rebuilt up to position ${head}${warning}`,
      } satisfies Output
    }),
  )
