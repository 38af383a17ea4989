import { Schema } from "effect"

/**
 * The file is not a weerbaar store: not SQLite at all, or the database of another application.
 * Nothing in the file was changed.
 * @category errors
 */
export class NotAWeerbaarStore extends Schema.TaggedError<NotAWeerbaarStore>()("NotAWeerbaarStore", {
  filename: Schema.String,
  reason: Schema.String,
}) {
  override get message(): string {
    return `'${this.filename}' is not a weerbaar store (${this.reason}); it was left unchanged`
  }
}

/**
 * The store was written by a newer version of weerbaar. Nothing in the file was changed: open it
 * with that version or a later one.
 * @category errors
 */
export class NewerStoreSchema extends Schema.TaggedError<NewerStoreSchema>()("NewerStoreSchema", {
  filename: Schema.String,
  fileVersion: Schema.Number,
  supportedVersion: Schema.Number,
}) {
  override get message(): string {
    return `'${this.filename}' has store schema version ${this.fileVersion}, newer than version ${this.supportedVersion} that this weerbaar reads; it was left unchanged`
  }
}

/** The store file could not be opened, read or written. @category errors */
export class StoreUnavailable extends Schema.TaggedError<StoreUnavailable>()("StoreUnavailable", {
  filename: Schema.String,
  operation: Schema.String,
  reason: Schema.String,
}) {
  override get message(): string {
    return `could not ${this.operation} '${this.filename}': ${this.reason}`
  }
}

/**
 * A JSON Lines import was refused as a whole: nothing was imported. `line` is the 1-based line of
 * the file, `position` the event's position in the log when known.
 * @category errors
 */
export class ImportRefused extends Schema.TaggedError<ImportRefused>()("ImportRefused", {
  source: Schema.String,
  line: Schema.Number,
  position: Schema.optional(Schema.Number),
  reason: Schema.String,
}) {
  override get message(): string {
    const where = this.position === undefined ? `line ${this.line}` : `line ${this.line} (position ${this.position})`
    return `import of '${this.source}' refused at ${where}: ${this.reason}; nothing was imported`
  }
}

/** Why a store file cannot be opened. @category errors */
export type SqliteStoreOpenError = NotAWeerbaarStore | NewerStoreSchema | StoreUnavailable
