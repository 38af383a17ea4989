import { HttpApiBuilder } from "@effect/platform"
import { Governance, Information, Kernel, Programme, Store } from "@weerbaar/core"
import { Effect, Option } from "effect"
import { CurrentPerson } from "../api/Authentication.js"
import type { ChangeHeaders } from "../api/headers.js"
import {
  Informatieproduct,
  InformatieproductProfiel,
  InformatieproductSamenvatting,
  type Reikwijdte,
} from "../api/informationResources.js"
import { WeerbaarApi } from "../api/WeerbaarApi.js"
import { executeChange, executeCreate } from "./commands.js"
import { asProblem, readOrUnavailable, withResponseHeader } from "./execution.js"
import { notFound } from "./problems.js"
import { etagOf } from "./representations.js"
import { withSignals } from "./signalViews.js"
import { stateAtVersion } from "./streams.js"

const profileOf = (p: Information.InformationProduct) => ({
  id: p.productId,
  soort: p.kind,
  producent: p.producer,
  reikwijdte: Information.scopeLabel(p.scope),
  themas: p.themes,
  classificatie: p.classification,
  status: p.status,
  startdatum: p.startedOn,
  ...(p.deliveredOn === undefined ? {} : { opleverdatum: p.deliveredOn }),
  motiveert: p.motivates,
  ...(p.shareableSummary === undefined ? {} : { deelbareSamenvattingGoedgekeurdOp: p.shareableSummary.approvedOn }),
})

const autorisatieOf = (e: Governance.Entitlement) => ({
  houder: e.person ?? e.organisation ?? "",
  soortHouder: e.person === undefined ? ("organisatie" as const) : ("persoon" as const),
  ...(e.purpose === undefined ? {} : { doel: e.purpose }),
  grondslag: e.basis,
  van: e.from,
  ...(e.to === undefined ? {} : { tot: e.to }),
})

const scopeOf = (r: typeof Reikwijdte.Type) =>
  r.soort === "gemeente"
    ? { kind: "gemeente" as const, municipality: Governance.OrganisationId.make(r.gemeente) }
    : r.soort === "district"
      ? {
          kind: "district" as const,
          ...(r.pilotlocaties === undefined
            ? {}
            : {
                pilotSites: r.pilotlocaties.map((g) => Governance.OrganisationId.make(g)) as [
                  Governance.OrganisationId,
                  ...Array<Governance.OrganisationId>,
                ],
              }),
        }
      : { kind: "regio" as const, name: r.naam }

const contentOf = (c: { titel: string; samenvatting: string; documentverwijzing?: string }) => ({
  title: c.titel,
  summary: c.samenvatting,
  ...(c.documentverwijzing === undefined ? {} : { documentReference: c.documentverwijzing }),
})

/**
 * Information products over HTTP. Content leaves the server only through `Information.read`,
 * which applies the access rules and records confidential reads; a listing shows the title of a
 * product only when it is not `vertrouwelijk` and the person may read it, and beside a
 * `vertrouwelijk` one the entitlements the governance model gives to it.
 * @category server
 */
export const InformatieproductenLive = HttpApiBuilder.group(WeerbaarApi, "informatieproducten", (handlers) =>
  Effect.gen(function* () {
    const information = yield* Information.Information
    const runtime = yield* Programme.ProgrammeRuntime
    const readModels = yield* Store.ReadModelStore

    const catalogueRow = (productId: string) =>
      Effect.flatMap(readOrUnavailable(readModels.get(Information.informationCatalogue, productId)), (row) =>
        Option.match(row, {
          onNone: () => Effect.fail(notFound(`informatieproducten/${productId}`)),
          onSome: Effect.succeed,
        }),
      )

    const respond = (productId: string, atVersion?: number) =>
      Effect.gen(function* () {
        const stream = Information.productStreamId(productId)
        // `Information` gives no product's state with its version: the runtime's load gives both.
        const { state, version } = yield* atVersion === undefined
          ? readOrUnavailable(runtime.load(stream, Information.informationDecider, Information.informationEventCodec))
          : stateAtVersion(
              runtime,
              stream,
              Information.informationDecider,
              Information.informationEventCodec,
              atVersion,
            )
        if (!state.exists) return yield* Effect.fail(notFound(`informatieproducten/${productId}`))
        yield* withResponseHeader("etag", etagOf(version))
        return new InformatieproductProfiel(profileOf(state))
      })

    // The product is found (404) before its id is branded, so the brand cannot fail.
    const change = (
      productId: string,
      headers: typeof ChangeHeaders.Type,
      command: (productId: Information.ProductId) => Information.InformationCommand,
    ) =>
      Effect.gen(function* () {
        const { executed, replayedVersion } = yield* executeChange(
          headers,
          catalogueRow(productId),
          (person, options) => information.execute(person, command(Information.ProductId.make(productId)), options),
        )
        return withSignals(yield* respond(productId, replayedVersion), executed.signals)
      })

    /** Titles a person may see in a listing: of products that are not confidential and that they may read. */
    const visibleTitles = (person: Governance.PersonId, rows: ReadonlyArray<Information.InformationCatalogueRow>) =>
      Effect.gen(function* () {
        const model = yield* readOrUnavailable(runtime.model)
        const today = Kernel.dateOf(yield* runtime.now)
        const shown = new Set(
          rows
            .filter(
              (r) =>
                r.classification === "openbaar" ||
                (r.classification === "intern" && Information.isProgrammeMember(model, person, today)),
            )
            .map((r) => r.productId),
        )
        if (shown.size === 0) return new Map<string, string>()
        const products = yield* readOrUnavailable(information.products)
        return new Map(products.filter((p) => shown.has(p.productId)).map((p) => [p.productId, p.content.title]))
      })

    /** The entitlements the model gives to each confidential row: who, for what purpose, when. */
    const entitlementsOf = (rows: ReadonlyArray<Information.InformationCatalogueRow>) =>
      Effect.map(
        readOrUnavailable(runtime.model),
        (model) =>
          new Map(
            rows
              .filter((r) => r.classification === "vertrouwelijk")
              .map((r) => [r.productId, Information.entitlementsOf(model, r).map(autorisatieOf)]),
          ),
      )

    return handlers
      .handle("list", ({ urlParams }) =>
        Effect.gen(function* () {
          const { person } = yield* CurrentPerson
          const page = yield* readOrUnavailable(
            readModels.query(Information.informationCatalogue, {
              where: Object.assign(
                {},
                urlParams.soort === undefined ? {} : { kind: urlParams.soort },
                urlParams.producent === undefined ? {} : { producer: urlParams.producent },
                urlParams.classificatie === undefined ? {} : { classification: urlParams.classificatie },
              ),
              ...(urlParams.cursor === undefined ? {} : { after: urlParams.cursor }),
              ...(urlParams.limiet === undefined ? {} : { limit: urlParams.limiet }),
            }),
          )
          const titles = yield* visibleTitles(
            person,
            page.rows.map((r) => r.row),
          )
          const entitlements = yield* entitlementsOf(page.rows.map((r) => r.row))
          return {
            resultaten: page.rows.map(({ row }) => {
              const title = titles.get(row.productId)
              return new InformatieproductSamenvatting({
                id: row.productId,
                soort: row.kind as Information.InformationProduct["kind"],
                producent: row.producer,
                reikwijdte: row.scope,
                themas: row.themes,
                classificatie: row.classification as Information.InformationProduct["classification"],
                status: row.status as Information.InformationProduct["status"],
                startdatum: row.startedOn as Information.InformationProduct["startedOn"],
                ...(row.deliveredOn === undefined
                  ? {}
                  : { opleverdatum: row.deliveredOn as Information.InformationProduct["startedOn"] }),
                motiveert: row.motivates,
                ...(row.shareableSummaryApprovedOn === undefined
                  ? {}
                  : {
                      deelbareSamenvattingGoedgekeurdOp:
                        row.shareableSummaryApprovedOn as Information.InformationProduct["startedOn"],
                    }),
                ...(title === undefined ? {} : { titel: title }),
                autorisaties: entitlements.get(row.productId) ?? [],
                gewijzigdOp: row.updatedAt as InformatieproductSamenvatting["gewijzigdOp"],
              })
            }),
            ...(page.next === undefined ? {} : { volgende: page.next }),
          }
        }),
      )
      .handle("register", ({ payload, headers }) =>
        Effect.gen(function* () {
          const { executed, replayedVersion } = yield* executeCreate(headers, (person, options) =>
            information.execute(
              person,
              new Information.RegisterProduct({
                productId: Information.ProductId.make(payload.id),
                kind: payload.soort,
                producer: Governance.OrganisationId.make(payload.producent),
                scope: scopeOf(payload.reikwijdte),
                themes: payload.themas,
                classification: payload.classificatie,
                content: contentOf(payload),
                startedOn: Kernel.CalendarDate.make(payload.startdatum),
              }),
              options,
            ),
          )
          yield* withResponseHeader("location", `/v1/informatieproducten/${payload.id}`)
          return withSignals(yield* respond(payload.id, replayedVersion), executed.signals)
        }),
      )
      .handle("read", ({ path }) =>
        Effect.gen(function* () {
          const { person } = yield* CurrentPerson
          yield* catalogueRow(path.id)
          const product = yield* asProblem(information.read(person, Information.ProductId.make(path.id)))
          const version = yield* readOrUnavailable(runtime.store.streamVersion(Information.productStreamId(path.id)))
          yield* withResponseHeader("etag", etagOf(version))
          return new Informatieproduct(
            Object.assign(
              {},
              profileOf(product),
              { titel: product.content.title, samenvatting: product.content.summary },
              product.content.documentReference === undefined
                ? {}
                : { documentverwijzing: product.content.documentReference },
              product.shareableSummary === undefined
                ? {}
                : {
                    deelbareSamenvatting: {
                      tekst: product.shareableSummary.text,
                      goedgekeurdOp: product.shareableSummary.approvedOn,
                      goedgekeurdDoor: product.shareableSummary.approvedBy,
                    },
                  },
            ),
          )
        }),
      )
      .handle("deliver", ({ path, payload, headers }) =>
        change(
          path.id,
          headers,
          (productId) =>
            new Information.DeliverProduct({
              productId,
              deliveredOn: Kernel.CalendarDate.make(payload.datum),
              content: contentOf(payload),
            }),
        ),
      )
      .handle("revise", ({ path, payload, headers }) =>
        change(
          path.id,
          headers,
          (productId) => new Information.ReviseProductContent({ productId, content: contentOf(payload) }),
        ),
      )
      .handle("approveSummary", ({ path, payload, headers }) =>
        change(
          path.id,
          headers,
          (productId) =>
            new Information.ApproveShareableSummary({
              productId,
              text: payload.tekst,
              approvedOn: Kernel.CalendarDate.make(payload.datum),
            }),
        ),
      )
      .handle("link", ({ path, payload, headers }) =>
        change(
          path.id,
          headers,
          (productId) => new Information.LinkPractice({ productId, practiceId: payload.bestPractice }),
        ),
      )
  }),
)
