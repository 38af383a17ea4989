import { withChanges } from "../kernel/withChanges.js"
import { Either, Option, Schema } from "effect"
import { dateOf, Timestamp } from "../kernel/CalendarDate.js"
import type { Decider, DecisionContext } from "../kernel/Decider.js"
import { decidedEvent } from "../internal/decidedEvent.js"
import { eventCodec } from "../kernel/EventCodec.js"
import { judge } from "../kernel/judge.js"
import { type RuleViolation, violation } from "../kernel/Refusal.js"
import type { BodyId } from "../governance/Ids.js"
import { bodiesOfLevel, mayActFor, membersOn } from "../governance/queries.js"
import { InsightsBundle } from "../information/InsightsBundle.js"
import { practiceRules } from "../practices/practiceRules.js"
import { evidenceMeets, highestEvidence, type Practice, type PracticeState } from "../practices/PracticeState.js"
import type { TrackState } from "../practices/TrackState.js"
import { ItemId } from "../routes/commands.js"
import type { ItemState } from "../routes/ItemState.js"
import { routeOf } from "../routes/route.js"
import { draftersOf } from "../governance/Route.js"
import { mayNotActFor } from "../routes/rules/authority.js"
import { buildHandoverPackage, packageViolations } from "./buildPackage.js"
import { HandoverPackage } from "./HandoverPackage.js"
import { handoverRules as H } from "./handoverRules.js"

/** The Stuurgroep's handover decision is made into a package, with the insights bundle. @category handover */
export class CreateHandoverPackage extends Schema.TaggedClass<CreateHandoverPackage>()("CreateHandoverPackage", {
  itemId: ItemId,
  information: InsightsBundle,
}) {}

/** A member of the receiving body imports a verified handover package into the network's store. @category handover */
export class ImportHandoverPackage extends Schema.TaggedClass<ImportHandoverPackage>()("ImportHandoverPackage", {
  package: HandoverPackage,
}) {}

/** Every command on a handover. @category handover */
export type HandoverCommand = CreateHandoverPackage | ImportHandoverPackage

/** The package of a handover was made. @category handover */
export class HandoverPackageCreated extends Schema.TaggedClass<HandoverPackageCreated>()("HandoverPackageCreated", {
  itemId: Schema.String,
  package: HandoverPackage,
  createdBy: Schema.String,
  at: Timestamp,
}) {}

/** A handover package was imported: its practices are concepts and its overdracht item a draft. @category handover */
export class HandoverPackageImported extends Schema.TaggedClass<HandoverPackageImported>()("HandoverPackageImported", {
  itemId: Schema.String,
  digest: Schema.String,
  from: Schema.Struct({ programme: Schema.String, district: Schema.String }),
  practices: Schema.Array(Schema.String),
  receivingBody: Schema.String,
  importedBy: Schema.String,
  at: Timestamp,
}) {}

/** Every event of a handover. @category handover */
export const HandoverEvent = Schema.Union(HandoverPackageCreated, HandoverPackageImported)
/** @category handover */
export type HandoverEvent = typeof HandoverEvent.Type

/** Stores and reads handover events. @category handover */
export const handoverEventCodec = eventCodec(HandoverEvent, ["HandoverPackageCreated", "HandoverPackageImported"])

/** The stream of a handover: `handover-<itemId>`, in the handing and in the receiving store. @category handover */
export const handoverStreamId = (itemId: string): string => `handover-${itemId}`

/** What a store knows of a handover: the package made, or the import. @category handover */
export interface HandoverState {
  readonly created: HandoverPackage | undefined
  readonly imported: HandoverPackageImported | undefined
}

/**
 * What the handover decider reads besides actor, model and moment. To create: the overdracht item,
 * its practices and their tracks. To import: the state of the package's item and practices in
 * the receiving store.
 * @category handover
 */
export interface HandoverContext extends DecisionContext {
  readonly item: ItemState
  readonly practices: ReadonlyArray<PracticeState>
  readonly tracks: ReadonlyArray<TrackState>
}

/** The body that receives handovers for `actor`: the drafter of the model's overdracht route. @category handover */
export const receivingBodyOf = (ctx: DecisionContext): Option.Option<BodyId> => {
  const today = dateOf(ctx.now)
  return Option.flatMap(routeOf(ctx.model, "overdracht"), (route) => {
    const candidates = draftersOf(route.drafter).flatMap((d) =>
      "body" in d ? [d.body] : bodiesOfLevel(ctx.model, d.level).map((b) => b.id),
    )
    return Option.fromNullable(
      candidates.find((b) => membersOn(ctx.model, b, today).some((m) => m.person === ctx.actor)) ?? candidates[0],
    )
  })
}

const createViolations = (command: CreateHandoverPackage, state: HandoverState, ctx: HandoverContext) => {
  const today = dateOf(ctx.now)
  const violations: Array<RuleViolation> = []
  if (state.created !== undefined) violations.push(violation(H.packageExists, { item: command.itemId }))
  const final = ctx.item.exists ? ctx.item.decisions.filter((d) => d.final).at(-1) : undefined
  if (final !== undefined && !mayActFor(ctx.model, ctx.actor, final.body, today)) {
    violations.push(violation(mayNotActFor, { person: ctx.actor, body: final.body, date: today }))
  }
  violations.push(...packageViolations(sourceOf(command, ctx)))
  return violations
}

const importViolations = (command: ImportHandoverPackage, state: HandoverState, ctx: HandoverContext) => {
  const pkg = command.package
  const violations: Array<RuleViolation> = []
  if (state.imported !== undefined) violations.push(violation(H.alreadyImported, { handover: pkg.content.handoverId }))
  if (Option.isNone(receivingBodyOf(ctx))) violations.push(violation(H.noReceivingBody, { person: ctx.actor }))
  for (const existing of ctx.practices) {
    if (existing.exists) violations.push(violation(H.practiceExists, { practice: existing.practiceId }))
  }
  const minimum = ctx.model.settings.handover.minimumEvidence
  for (const p of pkg.content.practices) {
    if (!evidenceMeets(p.evaluations, minimum)) {
      violations.push(
        violation(practiceRules.evidenceBelowMinimum, {
          practice: p.practiceId,
          highest: highestEvidence(p.evaluations) ?? "geen",
          minimum,
        }),
      )
    }
  }
  return violations
}

const sourceOf = (command: CreateHandoverPackage, ctx: HandoverContext) => ({
  model: ctx.model,
  item: ctx.item,
  practices: ctx.practices.filter((p): p is Practice => p.exists),
  tracks: ctx.tracks,
  information: command.information,
  createdBy: ctx.actor,
  createdAt: ctx.now,
})

const eventsOf = (command: HandoverCommand, ctx: HandoverContext): ReadonlyArray<HandoverEvent> => {
  switch (command._tag) {
    case "CreateHandoverPackage": {
      const built = buildHandoverPackage(sourceOf(command, ctx))
      return Either.isRight(built)
        ? [
            new HandoverPackageCreated(
              {
                itemId: command.itemId,
                package: built.right,
                createdBy: ctx.actor,
                at: ctx.now,
              },
              decidedEvent,
            ),
          ]
        : []
    }
    case "ImportHandoverPackage": {
      const { content, digest } = command.package
      return [
        new HandoverPackageImported(
          {
            itemId: content.handoverId,
            digest,
            from: content.from,
            practices: content.practices.map((p) => p.practiceId),
            receivingBody: Option.getOrElse(receivingBodyOf(ctx), () => ""),
            importedBy: ctx.actor,
            at: ctx.now,
          },
          decidedEvent,
        ),
      ]
    }
    default: {
      const unknown: never = command
      return unknown
    }
  }
}

/**
 * The decider of a handover: making the package of a decided overdracht (by a person acting for the
 * body that decided it) and importing a verified package into the network's store (by a member of
 * the body that receives handovers), once each.
 * @category handover
 */
export const handoverDecider: Decider<HandoverCommand, HandoverEvent, HandoverState, HandoverContext> = {
  initialState: { created: undefined, imported: undefined },
  decide: (command, state, ctx) =>
    judge(
      command,
      command._tag === "CreateHandoverPackage"
        ? createViolations(command, state, ctx)
        : importViolations(command, state, ctx),
      ctx.model,
      () => eventsOf(command, ctx),
    ),
  evolve: (state, event) => {
    switch (event._tag) {
      case "HandoverPackageCreated":
        return withChanges(state, { created: event.package })
      case "HandoverPackageImported":
        return withChanges(state, { imported: event })
      default: {
        const unknown: never = event
        return unknown
      }
    }
  },
}
