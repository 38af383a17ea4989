import { calendarDate } from "../kernel/CalendarDate.js"
import { OrganisationId, PersonId } from "../governance/Ids.js"
import { ApproveShareableSummary, RegisterProduct } from "./commands.js"
import { ProductId } from "./InformationProduct.js"

/** A command of a preset with the person who gives it. @category information */
export interface PresetCommand<C> {
  readonly actor: PersonId
  readonly command: C
}

const startedEnd2015 = calendarDate("2015-12-01")
const drio = OrganisationId.make("drio-oost-nederland")
const riec = OrganisationId.make("riec-oost-nederland")
const rheden = { kind: "gemeente" as const, municipality: OrganisationId.make("rheden") }
const oostNederland = { kind: "regio" as const, name: "Oost-Nederland" }
/** The district, with the pilot sites of the DRIO network analysis (Kampen and Enschede are reference municipalities). */
const districtWithPilots = {
  kind: "district" as const,
  pilotSites: [OrganisationId.make("rheden"), OrganisationId.make("kampen"), OrganisationId.make("enschede")] as const,
}

/**
 * The plan's three information tracks, started at the end of 2015, as registrations for the
 * Samen Weerbaar preset: the DRIO network analysis (for the district, piloted in Rheden, Kampen
 * and Enschede), the RIEC's strategic and
 * tactical ondermijningsbeeld of Oost-Nederland (hennep and OMG's), and the lokaal
 * ondermijningsbeeld of Rheden. All are confidential: they name persons, networks and cases.
 * Registered by the DRIO's analyst and the RIEC's manager; give them on or after 2015-12-01.
 *
 * @example
 * ```ts
 * for (const { actor, command } of samenWeerbaarInformation()) yield* information.execute(actor, command)
 * ```
 * @category information
 */
export const samenWeerbaarInformation = (): ReadonlyArray<PresetCommand<RegisterProduct>> => [
  {
    actor: PersonId.make("analist-drio"),
    command: new RegisterProduct({
      productId: ProductId.make("netwerkanalyse-rheden"),
      kind: "netwerkanalyse",
      producer: drio,
      scope: districtWithPilots,
      themes: ["criminele-netwerken"],
      classification: "vertrouwelijk",
      content: {
        title: "Analyse ondermijningsnetwerken Gelderland-Midden, pilot Rheden",
        summary:
          "Netwerken rondom bekende ondermijnende criminelen, uit de onder- en de bovenwereld, in beeld: aanknopingspunten voor de thematische aanpak van het VNON en de lokale aanpak van Samen Weerbaar. Ook uitgevoerd in Kampen en Enschede.",
      },
      startedOn: startedEnd2015,
    }),
  },
  {
    actor: PersonId.make("manager-riec"),
    command: new RegisterProduct({
      productId: ProductId.make("strategisch-ob-oost-nederland"),
      kind: "strategisch-ondermijningsbeeld",
      producer: riec,
      scope: oostNederland,
      themes: ["hennep", "omg"],
      classification: "vertrouwelijk",
      content: {
        title: "Strategisch ondermijningsbeeld Oost-Nederland: hennep en OMG's",
        summary:
          "In opdracht van het VNON: thematische inzichten en aanknopingspunten voor de aanpak in Oost-Nederland.",
      },
      startedOn: startedEnd2015,
    }),
  },
  {
    actor: PersonId.make("manager-riec"),
    command: new RegisterProduct({
      productId: ProductId.make("tactisch-ob-oost-nederland"),
      kind: "tactisch-ondermijningsbeeld",
      producer: riec,
      scope: oostNederland,
      themes: ["hennep", "omg"],
      classification: "vertrouwelijk",
      content: {
        title: "Tactisch ondermijningsbeeld Oost-Nederland: hennep en OMG's",
        summary: "In opdracht van het VNON: concrete aanknopingspunten per thema voor de uitvoering.",
      },
      startedOn: startedEnd2015,
    }),
  },
  {
    actor: PersonId.make("manager-riec"),
    command: new RegisterProduct({
      productId: ProductId.make("lokaal-ob-rheden"),
      kind: "lokaal-ondermijningsbeeld",
      producer: riec,
      scope: rheden,
      themes: ["omg", "drugs", "vrijplaatsen", "milieu", "mensenhandel", "vastgoedfraude"],
      classification: "vertrouwelijk",
      content: {
        title: "Lokaal ondermijningsbeeld Rheden (pilot)",
        summary:
          "Op initiatief van Rheden: hoe OMG's en drugs lokaal uitwerken, en vrijplaatsen, milieu, mensenhandel en vastgoedfraude — vanuit ondermijnende criminaliteit en vanuit de weerbaarheid van overheid en maatschappij.",
      },
      startedOn: startedEnd2015,
    }),
  },
]

/**
 * The shareable summary of Rheden's lokaal ondermijningsbeeld that the RIEC approves for VNON: "De
 * inzichten uit deze lokale analyses worden gebundeld aangeboden aan het VNON." It is what the
 * handover package carries in place of the confidential content. Give it once the product is
 * delivered on or before 2016-07-01 (the approval's date), as the RIEC's manager.
 *
 * @example
 * ```ts
 * for (const { actor, command } of samenWeerbaarShareableSummaries()) yield* information.execute(actor, command)
 * ```
 * @category information
 */
export const samenWeerbaarShareableSummaries = (): ReadonlyArray<PresetCommand<ApproveShareableSummary>> => [
  {
    actor: PersonId.make("manager-riec"),
    command: new ApproveShareableSummary({
      productId: ProductId.make("lokaal-ob-rheden"),
      text: "OMG's en drugs werken in Rheden lokaal door, vooral via vastgoed, vrijplaatsen en horeca; ook mensenhandel en milieucriminaliteit spelen. Aanknopingspunten voor een integrale aanpak vanuit de weerbaarheid van overheid en maatschappij; de methode is bruikbaar in andere gemeenten.",
      approvedOn: calendarDate("2016-07-01"),
    }),
  },
]
