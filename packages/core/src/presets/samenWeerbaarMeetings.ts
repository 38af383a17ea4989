import type { GovernanceModelJson } from "../governance/GovernanceModel.js"

type BodyJson = GovernanceModelJson["bodies"][number]

/**
 * The substitutes of the preset: the loco-burgemeester of Rheden for its burgemeester (in the DVO
 * and the Stuurgroep), and the plaatsvervangend hoofdofficier for the hoofdofficier in the DVO.
 * @category governance
 */
export const samenWeerbaarSubstitutePersons: GovernanceModelJson["persons"] = [
  { id: "loco-burgemeester-rheden", displayName: "loco-burgemeester Rheden", organisation: "rheden" },
  {
    id: "plaatsvervangend-hoofdofficier-om",
    displayName: "plaatsvervangend hoofdofficier van justitie OM Oost-Nederland",
    organisation: "om-oost-nederland",
  },
]

const substitutes: Readonly<Record<string, NonNullable<BodyJson["substitutes"]>>> = {
  dvo: [
    { member: "burgemeester-rheden", substitute: "loco-burgemeester-rheden" },
    { member: "hoofdofficier-om", substitute: "plaatsvervangend-hoofdofficier-om" },
  ],
  stuurgroep: [{ member: "burgemeester-rheden", substitute: "loco-burgemeester-rheden" }],
}

// Both decide by written round between meetings; an objection moves a proposal to the next meeting.
// The Stuurgroep takes silence by the deadline as consent; the DVO, as bestuurlijk overleg, does not.
const writtenRounds: Readonly<Record<string, NonNullable<BodyJson["writtenRound"]>>> = {
  dvo: { tacitConsent: false, objectionMovesToMeeting: true },
  stuurgroep: { tacitConsent: true, objectionMovesToMeeting: true },
}

/** The preset's bodies with who may substitute for whom and how they decide by written round. @category governance */
export const withMeetingRules = (bodies: ReadonlyArray<BodyJson>): Array<BodyJson> =>
  bodies.map((b) => {
    const subs = substitutes[b.id]
    const round = writtenRounds[b.id]
    return {
      ...b,
      ...(subs === undefined ? {} : { substitutes: subs }),
      ...(round === undefined ? {} : { writtenRound: round }),
    }
  })
