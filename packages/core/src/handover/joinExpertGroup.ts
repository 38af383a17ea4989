import { Either, Schema } from "effect"
import type { CalendarDate } from "../kernel/CalendarDate.js"
import { Refused, type RuleViolation, violation } from "../kernel/Refusal.js"
import { GovernanceModel } from "../governance/GovernanceModel.js"
import { isActiveOn, type Role } from "../governance/Membership.js"
import type { HandoverPackage } from "./HandoverPackage.js"
import { expertJoinRules as J } from "./rules/expertJoinRules.js"

/** Who joins which expert group of the network, from which package, in which role, from when. @category handover */
export interface ExpertJoin {
  readonly package: HandoverPackage
  readonly person: string
  readonly body: string
  readonly role: Role
  readonly from: CalendarDate
}

/**
 * The network's governance model with a member of the programme's expert groups added to one of
 * its expert groups: the person (added with their role name and organisation if the model does not
 * know them yet) and a membership from `from` that carries their history from the package — the
 * programme, its district, the package's digest and every period in its expert groups. Only the
 * memberships and persons change, so a person acting for the expert group adopts it as a change of
 * memberships. Refused when the person is not in the package, the body is no expert group, their
 * organisation is unknown to the model, or they already sit in it on `from`.
 * @category handover
 */
export const withJoinedExpert = (model: GovernanceModel, join: ExpertJoin): Either.Either<GovernanceModel, Refused> => {
  const content = join.package.content
  const expert = (content.experts ?? []).find((e) => e.person === join.person)
  const body = model.bodies.find((b) => b.id === join.body)
  const violations: Array<RuleViolation> = []
  if (expert === undefined)
    violations.push(violation(J.notInPackage, { person: join.person, handover: content.handoverId }))
  if (body?.level !== "beleid") violations.push(violation(J.notAnExpertGroup, { body: join.body }))
  const known = model.persons.find((p) => p.id === join.person)
  const organisation = known?.organisation ?? expert?.organisation
  if (organisation !== undefined && !model.organisations.some((o) => o.id === organisation)) {
    violations.push(violation(J.organisationUnknown, { person: join.person, organisation }))
  }
  if (model.memberships.some((m) => m.person === join.person && m.body === join.body && isActiveOn(m, join.from))) {
    violations.push(violation(J.alreadyMember, { person: join.person, body: join.body, date: join.from }))
  }
  if (violations.length > 0 || expert === undefined) {
    return Either.left(
      new Refused({ command: "JoinExpertGroup", violations: violations as [RuleViolation, ...Array<RuleViolation>] }),
    )
  }
  const json = Schema.encodeSync(GovernanceModel)(model)
  const membership = {
    person: join.person,
    body: join.body,
    role: join.role,
    from: join.from,
    history: {
      programme: content.from.programme,
      district: content.from.district,
      packageDigest: join.package.digest,
      memberships: expert.memberships.map((m) => ({ ...m })),
    },
  }
  const persons =
    known === undefined
      ? [...json.persons, { id: join.person, displayName: expert.name, organisation: expert.organisation }]
      : json.persons
  return Either.mapLeft(
    Schema.decodeUnknownEither(GovernanceModel)({ ...json, persons, memberships: [...json.memberships, membership] }),
    (error) =>
      new Refused({
        command: "JoinExpertGroup",
        violations: [violation(J.modelInvalid, { person: join.person, problems: error.message })],
      }),
  )
}
