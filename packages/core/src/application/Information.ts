import { Context, Effect, Either, Layer } from "effect"
import type { InformationCommand } from "../information/commands.js"
import { ReadProduct } from "../information/commands.js"
import { informationEventCodec } from "../information/events.js"
import type { InformationProduct, ProductId } from "../information/InformationProduct.js"
import { productStreamId, productStreamPrefix } from "../information/InformationProduct.js"
import { informationDecider } from "../information/informationDecider.js"
import { insightsBundle } from "../information/insights.js"
import type { InsightsBundle } from "../information/InsightsBundle.js"
import { productsOf } from "../information/productsOf.js"
import type { ProductState } from "../information/InformationProduct.js"
import { ProgrammeRuntime } from "./ProgrammeRuntime.js"
import type { ExecuteError, ExecuteOptions, Executed, ReadError } from "./Executed.js"
import type { PersonId } from "../governance/Ids.js"
import { programmeEndPolicy } from "../handover/programmeEndFinal.js"

/**
 * The application service of information products: register, revise, deliver and link them,
 * approve their shareable summary, read one under the access rules (a confidential read is
 * recorded), and bundle the insights for VNON.
 *
 * @example
 * ```ts
 * const program = Effect.gen(function* () {
 *   const information = yield* Information
 *   for (const { actor, command } of samenWeerbaarInformation()) yield* information.execute(actor, command)
 *   const product = yield* information.read(PersonId.make("burgemeester-rheden"), "lokaal-ob-rheden")
 * }).pipe(Effect.provide(Information.layer.pipe(Layer.provideMerge(ProgrammeRuntime.layer), ...)))
 * ```
 * @category application
 */
export class Information extends Context.Tag("@weerbaar/core/Information")<
  Information,
  {
    /** Executes a command on an information product (stream `info-<productId>`). */
    readonly execute: (
      actor: PersonId,
      command: InformationCommand,
      options?: ExecuteOptions,
    ) => Effect.Effect<Executed<ProductState>, ExecuteError>
    /**
     * Reads a product with its content, if the access rules let `actor`; a read of a
     * `vertrouwelijk` product is stored as `ConfidentialProductRead` first. A refusal names the
     * product by id only.
     */
    readonly read: (
      actor: PersonId,
      productId: ProductId,
      options?: ExecuteOptions,
    ) => Effect.Effect<InformationProduct, ExecuteError>
    /** Every product, content included: for the programme's own use, not for display to a person. */
    readonly products: Effect.Effect<ReadonlyArray<InformationProduct>, ReadError>
    /** The insights bundle offered to VNON: confidential products as references, with their approved shareable summary. */
    readonly insightsBundle: Effect.Effect<InsightsBundle, ReadError>
  }
>() {
  /** The service on the {@link ProgrammeRuntime}. */
  static readonly layer: Layer.Layer<Information, never, ProgrammeRuntime> = Layer.effect(
    Information,
    Effect.gen(function* () {
      const runtime = yield* ProgrammeRuntime
      const execute = (actor: PersonId, command: InformationCommand, options: ExecuteOptions = {}) =>
        runtime.execute({
          streamId: productStreamId(command.productId),
          decider: informationDecider,
          codec: informationEventCodec,
          command,
          actor,
          options,
          policies: [programmeEndPolicy()],
        })
      const products = Effect.flatMap(runtime.store.readAll({ streamPrefix: productStreamPrefix }), (events) =>
        Either.match(productsOf(events), { onLeft: Effect.fail, onRight: Effect.succeed }),
      )
      return {
        execute,
        read: (actor, productId, options) =>
          Effect.gen(function* () {
            const command = new ReadProduct({ productId })
            yield* execute(actor, command, options)
            const { state } = yield* runtime.load(productStreamId(productId), informationDecider, informationEventCodec)
            // The decider refused an unknown product already; a product never ceases to exist.
            return state as InformationProduct
          }),
        products,
        insightsBundle: Effect.map(products, (all) => insightsBundle(all)),
      }
    }),
  )
}
