import type { ServeError } from "@effect/platform/HttpServerError"
import type { UnknownPerson } from "@weerbaar/adapters-http"
import type { ImportRefused, NewerStoreSchema, NotAWeerbaarStore, StoreUnavailable } from "@weerbaar/adapters-sqlite"
import type { Governance, Handover, Kernel, Programme, Store } from "@weerbaar/core"
import type { BadInput, CheckFailed } from "./errors.js"

// Types only: the printer switches on these tags without loading the packages that define them.

/** Every error a command's effect may fail with, each told in its own words by the printer. */
export type CommandFailure =
  | Kernel.Refused
  | CheckFailed
  | BadInput
  | Programme.NoGovernanceModel
  | Store.StreamVersionConflict
  | Store.EventStoreFailure
  | Kernel.UndecodableEvent
  | Governance.InvalidGovernanceModel
  | Handover.HandoverPackageRefused
  | UnknownPerson
  | NotAWeerbaarStore
  | NewerStoreSchema
  | StoreUnavailable
  | ImportRefused
  | ServeError
