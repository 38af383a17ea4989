import { Layer } from "effect"
import type { EventStore } from "../ports/EventStore.js"
import type { IdGenerator } from "../ports/IdGenerator.js"
import { Handover } from "./Handover.js"
import { Health } from "./Health.js"
import { Information } from "./Information.js"
import { Meetings } from "./Meetings.js"
import { Milestones } from "./Milestones.js"
import { Practices } from "./Practices.js"
import { Programme } from "./Programme.js"
import { ProgrammeRuntime } from "./ProgrammeRuntime.js"
import { Tracks } from "./Tracks.js"

/** Every application service of a programme, with the runtime they stand on. @category application */
export type ProgrammeServices =
  | Programme
  | Practices
  | Tracks
  | Milestones
  | Meetings
  | Handover
  | Information
  | Health
  | ProgrammeRuntime

/**
 * Every application service of a programme on one {@link ProgrammeRuntime}, on an event store and
 * an id generator (and the clock in the context). What the HTTP API and the `weerbaar` command run on.
 *
 * @example
 * ```ts
 * const services = programmeServices.pipe(
 *   Layer.provide(IdGenerator.random),
 *   Layer.provideMerge(SqliteStore.layer({ filename: "weerbaar.db", readModels: programmeReadModels })),
 * )
 * ```
 * @category application
 */
export const programmeServices: Layer.Layer<ProgrammeServices, never, EventStore | IdGenerator> = Layer.mergeAll(
  Programme.layer,
  Practices.layer,
  Tracks.layer,
  Milestones.layer,
  Meetings.layer,
  Handover.layer,
  Information.layer,
  Health.layer,
).pipe(Layer.provideMerge(ProgrammeRuntime.layer))
