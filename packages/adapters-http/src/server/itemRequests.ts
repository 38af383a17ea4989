import { Governance, Kernel, Route } from "@weerbaar/core"
import { Effect } from "effect"
import type { NieuwBesluit, NieuweIntrekking, NieuweTerugtrekking } from "../api/decisionRequests.js"
import type { NieuwStuk, StukInhoud } from "../api/resources.js"
import type { itemResources } from "../api/groups/items.js"
import { checkedElsewhere } from "./checkedElsewhere.js"
import { writtenRecord } from "./decisionRecords.js"

// What an item's request asks of the approval route, as core's commands.

/** The prefix of a new item's id, per kind. */
export const idPrefixes: Record<keyof typeof itemResources, string> = {
  opdracht: "op",
  beleidsvoorstel: "bv",
  programmaplan: "pp",
  programmabijstelling: "pb",
  voortgangsrapportage: "vr",
  overdracht: "od",
}

// The request schemas carry the core's patterns, so these conversions cannot fail.
const contentOf = (inhoud: typeof StukInhoud.Type) => ({
  title: inhoud.titel,
  description: inhoud.omschrijving,
  budget: (inhoud.begroting ?? []).map(
    (r) =>
      new Route.BudgetLine(
        {
          category: r.categorie,
          organisation: Governance.OrganisationId.make(r.organisatie),
          year: r.jaar,
          amount: Kernel.Cents.make(r.bedrag),
          ...(r.financiering === undefined ? {} : { funding: r.financiering }),
        },
        checkedElsewhere,
      ),
  ),
  ...(inhoud.taken === undefined || inhoud.taken.length === 0
    ? {}
    : {
        tasks: inhoud.taken.map(
          (t) =>
            new Route.PartnerTask(
              { organisation: Governance.OrganisationId.make(t.organisatie), task: t.taak },
              checkedElsewhere,
            ),
        ),
      }),
  practices: inhoud.bestPractices ?? [],
  ...(inhoud.voorgesteldBestuursmodel === undefined ? {} : { proposedModel: inhoud.voorgesteldBestuursmodel }),
  ...(inhoud.pilot === undefined
    ? {}
    : {
        pilot: {
          // The request schema requires at least one municipality.
          municipalities: inhoud.pilot.gemeenten.map((m) => Governance.OrganisationId.make(m)) as unknown as readonly [
            Governance.OrganisationId,
            ...Array<Governance.OrganisationId>,
          ],
        },
      }),
})

/** The command of a new item (`POST /v1/<items>`). */
export const draftOf = (kind: Governance.ItemKind, itemId: string, payload: typeof NieuwStuk.Type): Route.DraftItem =>
  new Route.DraftItem(
    {
      itemId: Route.ItemId.make(itemId),
      kind,
      draftingBody: Governance.BodyId.make(payload.opstellendOrgaan),
      content: contentOf(payload),
    },
    checkedElsewhere,
  )

/** A command on an existing item, once its id is known. */
export type ItemCommandOf = (itemId: Route.ItemId) => Route.RouteCommand

/** A new version of the content (`PUT /v1/<items>/{id}`). */
export const editOf =
  (payload: typeof StukInhoud.Type): ItemCommandOf =>
  (itemId) =>
    new Route.EditItem({ itemId, content: contentOf(payload) }, checkedElsewhere)

/** Submission to the first body of the route (`POST …/indieningen`). */
export const submitOf = (): ItemCommandOf => (itemId) => new Route.SubmitItem({ itemId })

/** The id of a new decision: the one the request gives, or a new one. */
export const decisionIdOf = (
  newId: (prefix: string) => Effect.Effect<string>,
  given: string | undefined,
): Effect.Effect<Route.DecisionId> =>
  Effect.map(given === undefined ? newId("besluit") : Effect.succeed(given), (value) => Route.DecisionId.make(value))

/** A body's decision (`POST …/besluiten`), under a decision id given or new, with its meeting's record. */
export const decisionOf =
  (payload: typeof NieuwBesluit.Type, decisionId: Route.DecisionId, record: Route.Meeting): ItemCommandOf =>
  (itemId) =>
    new Route.RecordDecision({
      itemId,
      decisionId,
      body: Governance.BodyId.make(payload.orgaan),
      outcome: payload.uitkomst,
      ...record,
      ...(payload.ingangsdatum === undefined ? {} : { effectiveDate: Kernel.CalendarDate.make(payload.ingangsdatum) }),
      ...(payload.opmerkingen === undefined ? {} : { remarks: payload.opmerkingen }),
      ...(payload.reden === undefined ? {} : { reason: payload.reden }),
    })

/** Withdrawal by the drafting body (`POST …/terugtrekkingen`). */
export const withdrawalOf =
  (payload: typeof NieuweTerugtrekking.Type): ItemCommandOf =>
  (itemId) =>
    new Route.WithdrawItem({ itemId, reason: payload.reden })

/** Revocation of an earlier decision (`POST …/intrekkingen`), under a decision id given or new. */
export const revocationOf =
  (payload: typeof NieuweIntrekking.Type, decisionId: Route.DecisionId): ItemCommandOf =>
  (itemId) =>
    new Route.RevokeDecision({
      itemId,
      decisionId,
      revokes: Route.DecisionId.make(payload.besluit),
      body: Governance.BodyId.make(payload.orgaan),
      ...writtenRecord(payload),
    })
