import { Schema } from "effect"
import { BodyId, OrganisationId } from "./Ids.js"
import { Substitution, WrittenRoundRule } from "./Substitution.js"
import { Theme } from "./Theme.js"

/**
 * The governance levels: `bestuurlijk` decides (DVO), `besturing` steers (Stuurgroep),
 * `beleid` develops policy (expert groups), `netwerk` is the wider network (VNON).
 * @category governance
 */
export const Level = Schema.Literal("bestuurlijk", "besturing", "beleid", "netwerk").annotations({
  identifier: "Level",
})
/** @category governance */
export type Level = typeof Level.Type

/** Every level, from the top. @category governance */
export const levels: ReadonlyArray<Level> = Level.literals

/**
 * How a body reaches a decision: `consensus` (no member objects), `majority` (more votes for
 * than against among the votes cast) or `unanimity` (every present member votes for); with an
 * optional quorum as the percentage of the entitled, non-recused members that must be present.
 * @category governance
 */
export class DecisionRule extends Schema.Class<DecisionRule>("DecisionRule")({
  method: Schema.Literal("consensus", "majority", "unanimity"),
  quorumPercent: Schema.optional(Schema.Int.pipe(Schema.between(1, 100))),
}) {}

/**
 * A body of the programme: the DVO, the Stuurgroep, an expert group (with its theme), or a
 * body of the network. A bestuurlijk body may have an `area`, the municipalities it decides for
 * (VNON: a DVO per district beside the RVO for all of Oost-Nederland); without one it decides
 * for the whole programme. `substitutes` says who may take a member's place in its meetings;
 * `writtenRound`, whether (and how) it decides by written round.
 * @category governance
 */
export class Body extends Schema.Class<Body>("Body")({
  id: BodyId,
  name: Schema.NonEmptyTrimmedString,
  level: Level,
  theme: Schema.optional(Theme),
  decisionRule: DecisionRule,
  area: Schema.optional(Schema.Array(OrganisationId)),
  substitutes: Schema.optional(Schema.Array(Substitution)),
  writtenRound: Schema.optional(WrittenRoundRule),
}) {}
