import { Option } from "effect"
import type { DecisionContext } from "../kernel/Decider.js"
import { type Policy, type Reaction, reactWith } from "../kernel/Policy.js"
import { BodyId } from "../governance/Ids.js"
import type { PracticeId } from "../practices/Practice.js"
import { practiceAggregate } from "../practices/practiceDecider.js"
import { practiceStreamId } from "../practices/practiceEvents.js"
import { ImportPractice } from "../practices/practiceReactions.js"
import { DraftItem, ItemId } from "../routes/commands.js"
import { itemStreamId } from "../routes/events.js"
import { itemAggregate } from "../routes/itemAggregate.js"
import type { HandoverPackage } from "./HandoverPackage.js"
import { type HandoverCommand, type HandoverEvent, type HandoverState, receivingBodyOf } from "./handoverDecider.js"

/**
 * The reactions to an imported package: every practice arrives as concept (`overgedragen`, with its
 * whole dossier), decided by the practice decider, and the overdracht item as a draft of the
 * receiving body, decided by the route's own rules.
 * @category handover
 */
export const importReactions = (pkg: HandoverPackage, ctx: DecisionContext): ReadonlyArray<Reaction> => {
  const { content } = pkg
  const from = { programme: content.from.programme, district: content.from.district, packageDigest: pkg.digest }
  const practices = content.practices.map(({ tracks: _, practiceId, ...dossier }) =>
    reactWith(
      practiceAggregate,
      practiceStreamId(practiceId),
      new ImportPractice(
        { dossier: { practiceId: practiceId as PracticeId, ...dossier, from, importedBy: ctx.actor, at: ctx.now } },
        true,
      ),
    ),
  )
  const body = Option.getOrElse(receivingBodyOf(ctx), () => BodyId.make("onbekend"))
  const draft = new DraftItem({
    itemId: ItemId.make(content.handoverId),
    kind: "overdracht",
    draftingBody: body,
    content: {
      title: content.title,
      description: `${content.description}\n\nOvergedragen door ${content.from.programme} (${content.from.district}), besluit ${content.decision.decisionId} van ${content.decision.bodyName} d.d. ${content.decision.meetingDate}.`,
      budget: [],
      practices: content.practices.map((p) => p.practiceId),
    },
  })
  return [...practices, reactWith(itemAggregate, itemStreamId(content.handoverId), draft)]
}

/**
 * The import policy: a package imported into the network's store brings its practices and its
 * overdracht item with it, in the same transaction ({@link importReactions}).
 * @category handover
 */
export const handoverImportPolicy: Policy<HandoverCommand, HandoverEvent, HandoverState> = {
  name: "handover-import",
  description: {
    nl: "Een ingelezen overdrachtspakket brengt zijn Best Practices als concept en zijn overdracht als concept-stuk mee.",
    en: "An imported handover package brings its Best Practices as concepts and its overdracht as a draft item.",
  },
  reads: () => [],
  check: () => [],
  react: (event, _before, _after, command, ctx) =>
    event._tag === "HandoverPackageImported" && command._tag === "ImportHandoverPackage"
      ? importReactions(command.package, ctx)
      : [],
}
