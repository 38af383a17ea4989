import { Either } from "effect"
import { Governance, Kernel, Practice, Programme } from "@weerbaar/core"
import { ctx, persons, practiceHistory, register } from "./practiceFixtures.js"

/** `bp-hennepconvenant` (Ondermijnende Criminaliteit) and `bp-integriteit-bestuur` (Weerbare Overheid). */
export const hennep = Practice.PracticeId.make("bp-hennepconvenant")
export const integriteit = Practice.PracticeId.make("bp-integriteit-bestuur")
export const woMember = Governance.PersonId.make("lid-eg-wo-arnhem")

export const hennepRegistered = () => practiceHistory([persons.lid, register()])
export const integriteitRegistered = () => practiceHistory([woMember, register(integriteit, "weerbare-overheid")])

export const link = (related: string = integriteit, practiceId: string = hennep) =>
  new Practice.LinkPractices({
    practiceId: Practice.PracticeId.make(practiceId),
    related: Practice.PracticeId.make(related),
    note: "Bibob-toets en hennepaanpak versterken elkaar.",
  })

/** `command` on `own`, the related practice standing as `related`, with the link policy as the runtime applies it. */
export const linkDecided = (
  actor: Governance.PersonId,
  command: Practice.PracticeCommand,
  own: ReadonlyArray<Practice.PracticeEvent>,
  related: ReadonlyArray<Practice.PracticeEvent>,
) =>
  Programme.decideWithPolicies(
    Practice.practiceDecider,
    [Practice.practiceLinkPolicy],
    command,
    Kernel.fold(Practice.practiceDecider, own),
    ctx(actor),
    new Map([[Practice.practiceStreamId(integriteit), Kernel.fold(Practice.practiceDecider, related)]]),
  )

export const refusalCodes = (decided: ReturnType<typeof linkDecided>) =>
  Either.isLeft(decided) ? decided.left.codes : []
