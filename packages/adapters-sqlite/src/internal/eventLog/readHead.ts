import { Store } from "@weerbaar/core"
import type { Connection } from "../Connection.js"

/** Where the log ends: its last position and hash; position 0 and the genesis hash when it is empty. */
export const readHead = (sql: Connection): { readonly position: number; readonly hash: string } =>
  sql.all<{ position: number; hash: string }>(
    "SELECT position, hash FROM events ORDER BY position DESC LIMIT 1",
  )[0] ?? {
    position: 0,
    hash: Store.genesisHash,
  }
