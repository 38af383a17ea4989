import { assert, describe, it } from "@effect/vitest"
import { Governance, Information, Kernel } from "@weerbaar/core"
import { given } from "@weerbaar/core/testing"
import { ctx, registration } from "../support/informationFixtures.js"

describe("a reference municipality as the scope of an information product", () => {
  it("given Kampen, a reference municipality outside Gelderland-Midden, when DRIO's network analysis of its pilot is registered for it, then it is", () => {
    const model = Governance.samenWeerbaar()
    assert.isTrue(Governance.isReferenceOn(model, "kampen", Kernel.calendarDate("2016-06-01")))
    given(Information.informationDecider)
      .when(
        new Information.RegisterProduct({
          ...registration("vertrouwelijk", "netwerkanalyse-kampen"),
          kind: "netwerkanalyse",
          producer: "drio-oost-nederland" as Governance.OrganisationId,
          scope: { kind: "gemeente", municipality: "kampen" as Governance.OrganisationId },
        }),
        ctx(Governance.PersonId.make("analist-drio")),
      )
      .thenEvents((events) => assert.strictEqual(events.length, 1))
  })
})
