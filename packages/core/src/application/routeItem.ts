import { Clock, Effect } from "effect"
import { type CalendarDate, dateOf } from "../kernel/CalendarDate.js"
import type { PersonId } from "../governance/Ids.js"
import { type RouteCommand, SubmitItem } from "../routes/commands.js"
import type { ExecuteOptions } from "./Executed.js"
import { Programme } from "./Programme.js"
import { progressReportOn } from "./progressReportOn.js"

/**
 * Executes a command on an item's route like `Programme.route`, and freezes a voortgangsrapportage's
 * figures into it when its drafting body submits it: the report as of the submission date
 * (`SubmitItem.on`, or today) from {@link progressReportOn} is stored in the `ItemSubmitted` event
 * and becomes the item's `content.progressReport`, so later events do not change what it shows.
 * A report given with the submission is replaced; other kinds of items carry none.
 *
 * @example
 * ```ts
 * yield* routeItem(PersonId.make("secretaris-stuurgroep"), new SubmitItem({ itemId: ItemId.make("vgr-2017-1") }))
 * ```
 * @category progress report
 */
export const routeItem = (actor: PersonId, command: RouteCommand, options: ExecuteOptions = {}) =>
  Effect.gen(function* () {
    const programme = yield* Programme
    if (command._tag !== "SubmitItem") return yield* programme.route(actor, command, options)
    const item = yield* programme.item(command.itemId)
    const submission = {
      itemId: command.itemId,
      ...(command.on === undefined ? {} : { on: command.on }),
      ...(command.reason === undefined ? {} : { reason: command.reason }),
    }
    const frozen =
      item.exists && item.kind === "voortgangsrapportage"
        ? { progressReport: yield* progressReportOn(command.on ?? (yield* today)) }
        : {}
    return yield* programme.route(actor, new SubmitItem({ ...submission, ...frozen }, true), options)
  })

const today: Effect.Effect<CalendarDate> = Effect.map(Clock.currentTimeMillis, (ms) => dateOf(new Date(ms)))
