import { Schema } from "effect"
import { Body } from "./Body.js"
import { Liaison } from "./Liaison.js"
import { Membership } from "./Membership.js"
import { Organisation } from "./Organisation.js"
import { Person } from "./Person.js"
import { ProgrammeDefinition } from "./Programme.js"
import { Route } from "./Route.js"
import { Entitlement } from "./Entitlement.js"
import { ProgrammeSettings } from "./Settings.js"
import { RuleForces } from "./RuleForce.js"
import { modelProblems } from "./validateModel.js"
import { planThemes, ThemeDefinition } from "./Theme.js"

/**
 * The shape of a governance model before its references are checked.
 * @category governance
 */
export const GovernanceModelFields = Schema.Struct({
  modelVersion: Schema.Literal(1),
  programme: ProgrammeDefinition,
  // A model stored before themes were data names none: it has the plan's three.
  themes: Schema.optionalWith(Schema.Array(ThemeDefinition), { default: () => planThemes }),
  organisations: Schema.Array(Organisation),
  persons: Schema.Array(Person),
  bodies: Schema.Array(Body),
  memberships: Schema.Array(Membership),
  routes: Schema.Array(Route),
  entitlements: Schema.optionalWith(Schema.Array(Entitlement), { default: () => [] }),
  settings: Schema.optionalWith(ProgrammeSettings, { default: () => ProgrammeSettings.make({}) }),
  // Absent rather than defaulted: a model without forces encodes exactly as before.
  forces: Schema.optional(RuleForces),
  // Absent rather than defaulted: a model without liaisons encodes exactly as before.
  liaisons: Schema.optional(Schema.Array(Liaison)),
})

/**
 * The governance of a programme as data: its themes, organisations, role persons, bodies on their
 * levels, memberships over time, and the approval routes. Decoding checks every reference and
 * rule of the model and reports every problem at once (see {@link decodeGovernanceModel}).
 * @category governance
 */
export const GovernanceModel = GovernanceModelFields.pipe(
  Schema.filter((model) => modelProblems(model).map((p) => ({ path: p.path, message: p.message }))),
  Schema.annotations({
    identifier: "GovernanceModel",
    title: "weerbaar governance model",
    description:
      "The governance of a programme against ondermijning: organisations, persons, bodies, memberships and approval routes",
  }),
)
/** @category governance */
export type GovernanceModel = typeof GovernanceModel.Type
/** The JSON form of a governance model. @category governance */
export type GovernanceModelJson = typeof GovernanceModel.Encoded
