import { meetingOf } from "@weerbaar/core/testing"
import { type Governance, Kernel, Practice, Route } from "@weerbaar/core"
import { model } from "./practiceFixtures.js"

export const hennepconvenant = Practice.PracticeId.make("na-hennepconvenant")

/** The DVO takes note, in its meeting of `date`, of the hennepconvenant the RVO agreed on `agreedOn`. */
export const registerHennepconvenant = (
  date = "2016-02-11",
  agreedOn = "2016-01-28",
  theme = "ondermijnende-criminaliteit",
) =>
  new Practice.RegisterNetworkAgreement({
    practiceId: hennepconvenant,
    theme: theme as Governance.Theme,
    title: "Hennepconvenant en uitvoeringsregeling",
    description: "Alle gemeenten voeren het hennepconvenant van Oost-Nederland en de uitvoeringsregeling uit.",
    origin: "elders-nl",
    source: "Expertgroep Ondermijning VNON",
    intendedEffects: ["minder hennepteelt in Oost-Nederland"],
    agreement: {
      name: "Hennepconvenant Oost-Nederland",
      agreedBy: "RVO Oost-Nederland",
      proposedBy: "BBG VNON",
      agreedOn: Kernel.calendarDate(agreedOn),
    },
    decisionId: Route.DecisionId.make("dvo-2016-02-hennepconvenant"),
    ...meetingOf(
      model,
      "dvo",
      date,
      "Het DVO neemt kennis van de afspraak in het RVO; alle gemeenten voeren haar uit.",
    ),
  })
