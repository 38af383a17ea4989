import { existsSync, readFileSync } from "node:fs"
import { type SqliteStoreAdmin, SqliteStore } from "@weerbaar/adapters-sqlite"
import { Programme, Store } from "@weerbaar/core"
import { Effect, Layer } from "effect"
import { BadInput } from "../cli/errors.js"
import { checkpointEvery } from "./checkpointEvery.js"
import { signingKeyFile } from "./signingKey.js"

/** The programme's application services on the store, as every command uses them. */
export type ProgrammeServices = Programme.ProgrammeServices | Store.EventStore | Store.ReadModelStore | SqliteStoreAdmin

/** The operator's private key from `file`, as text; bad input when it cannot be read. */
export const readKeyFile = (file: string, option: string): Effect.Effect<string, BadInput> =>
  Effect.try({
    try: () => readFileSync(file, "utf8"),
    catch: () =>
      new BadInput({ problem: `cannot read the key file '${file}'`, next: `pass ${option} with a readable PEM file` }),
  })

/**
 * The SQLite store with every read model; it signs its head with the key of `--signing-key` (or
 * `WEERBAAR_SIGNING_KEY_FILE`) when one is given, or with `signingKey` itself, at least every
 * `--checkpoint-every` events when that is given.
 */
export const storeLayer = (filename: string, signingKey: string | undefined = undefined) => {
  const file = signingKeyFile()
  if (signingKey === undefined && file === undefined) {
    return SqliteStore.layer({ filename, readModels: Programme.programmeReadModels })
  }
  const every = checkpointEvery()
  return Layer.unwrapEffect(
    Effect.map(signingKey === undefined ? readKeyFile(file!, "--signing-key") : Effect.succeed(signingKey), (key) =>
      SqliteStore.layer({
        filename,
        readModels: Programme.programmeReadModels,
        signingKey: key,
        ...(every === undefined ? {} : { checkpointEvery: every }),
      }),
    ),
  )
}

const services = (filename: string) => Programme.programmeServices.pipe(Layer.provideMerge(storeLayer(filename)))

/** The services on a store, with the live clock and random identifiers. */
export const servicesLayer = (filename: string) => services(filename).pipe(Layer.provideMerge(Store.IdGenerator.random))

/**
 * The services on a store with a clock set by hand from `start` and readable sequential ids: for
 * replaying history (the demo plays 2015–2018) and for reports as of a date.
 */
export const replayLayer = (filename: string, start: string) =>
  services(filename).pipe(
    Layer.provideMerge(Store.IdGenerator.sequential),
    Layer.provideMerge(Store.ProgrammeClock.settable(start)),
  )

/** Refuses a store file that does not exist: a typo in `--db` must not create an empty store. */
export const requireStoreFile = (filename: string): Effect.Effect<void, BadInput> =>
  existsSync(filename)
    ? Effect.void
    : Effect.fail(
        new BadInput({
          problem: `there is no store at '${filename}'`,
          next: "make one with `weerbaar init` (or `weerbaar demo`), or pass --db with the programme's store",
        }),
      )

/** Runs an effect on the services of an existing store. */
export const onStore = <A, E>(filename: string, effect: Effect.Effect<A, E, ProgrammeServices>) =>
  Effect.flatMap(requireStoreFile(filename), () => Effect.provide(effect, servicesLayer(filename)))
