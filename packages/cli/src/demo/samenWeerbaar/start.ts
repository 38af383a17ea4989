import { Governance, Information, Kernel, Milestone, Programme, Route } from "@weerbaar/core"
import { Effect } from "effect"
import { model, decision } from "./cast.js"
import { forbidden, type Narration, step, tell } from "../stage.js"

/** The start, 2015–2016: the Pact van Ellecom, the information tracks, the assignments and the milestones. */
export const theStart = (n: Narration) =>
  Effect.gen(function* () {
    const programme = yield* Programme.Programme
    const milestones = yield* Milestone.Milestones
    const information = yield* Information.Information
    const stuurgroep = Governance.PersonId.make("secretaris-stuurgroep")
    const dvo = Governance.PersonId.make("secretaris-dvo")
    yield* step(n, "2015-09-03", "Pact van Ellecom: the DVO Gelderland-Midden starts Samen Weerbaar")
    yield* programme.adoptModel(model, dvo)
    yield* tell(
      n,
      `governance model founded as a concept: ${model.bodies.length} bodies, ${model.programme.municipalities.length} municipalities`,
    )

    yield* step(n, "2015-10-15", "the Stuurgroep proposes the programme plan, with its rule book, to the DVO")
    const planId = Route.ItemId.make("programmaplan-samen-weerbaar")
    yield* programme.route(
      stuurgroep,
      new Route.DraftItem({
        itemId: planId,
        kind: "programmaplan",
        draftingBody: Governance.BodyId.make("stuurgroep"),
        content: {
          title: "Programmaplan Samen Weerbaar",
          description: "Het programma, zijn organisatie en werkwijze, de fasering en het budget.",
          budget: [],
          practices: [],
          proposedModel: Governance.modelFingerprint(model),
        },
      }),
    )
    yield* programme.route(stuurgroep, new Route.SubmitItem({ itemId: planId }))
    yield* forbidden(
      n,
      "an expert group starts its assignment before the DVO has decided on the programme plan",
      programme.route(
        Governance.PersonId.make("trekker-eg-weerbare-overheid"),
        new Route.DraftItem({
          itemId: Route.ItemId.make("opdracht-te-vroeg"),
          kind: "opdracht",
          draftingBody: Governance.BodyId.make("eg-weerbare-overheid"),
          content: { title: "Opdracht", description: "", budget: [], practices: [] },
        }),
      ),
    )

    yield* step(n, "2015-11-12", "the DVO decides on the programme plan: its rule book comes into force")
    yield* programme.route(dvo, decision(planId, "besluit-dvo-2015-11-programmaplan", "dvo", "approve", "2015-11-12"))
    yield* forbidden(
      n,
      "the Stuurgroep's secretary adopts six times the budget without a decision of the DVO",
      programme.adoptModel(
        {
          ...model,
          programme: new Governance.ProgrammeDefinition({
            ...model.programme,
            availableBudget: Kernel.cents(model.programme.availableBudget * 6),
          }),
        },
        stuurgroep,
      ),
    )
    yield* programme.adoptModel(model, dvo, {
      decision: { itemId: planId, decisionId: Route.DecisionId.make("besluit-dvo-2015-11-programmaplan") },
    })
    yield* tell(n, "the rule book is in force from 2015-11-12, by the DVO's decision on the programme plan")

    yield* step(
      n,
      "2015-12-01",
      "three information tracks start (DRIO network analysis, RIEC pictures, lokaal beeld Rheden)",
    )
    for (const { actor, command } of Information.samenWeerbaarInformation()) yield* information.execute(actor, command)
    yield* tell(n, `${Information.samenWeerbaarInformation().length} information products registered`)

    yield* step(n, "2016-01-20", "the three expert groups draft their assignments (opdrachten)")
    const groups = [
      [
        Governance.BodyId.make("eg-weerbare-overheid"),
        Governance.PersonId.make("trekker-eg-weerbare-overheid"),
        "Weerbare Overheid",
      ],
      [
        Governance.BodyId.make("eg-weerbare-maatschappij"),
        Governance.PersonId.make("trekker-eg-weerbare-maatschappij"),
        "Weerbare Maatschappij",
      ],
      [
        Governance.BodyId.make("eg-ondermijnende-criminaliteit"),
        Governance.PersonId.make("trekker-eg-ondermijnende-criminaliteit"),
        "Ondermijnende Criminaliteit",
      ],
    ] as const
    for (const [body, trekker, name] of groups) {
      const itemId = Route.ItemId.make(`opdracht-${body}`)
      yield* programme.route(
        trekker,
        new Route.DraftItem({
          itemId,
          kind: "opdracht",
          draftingBody: body,
          content: {
            title: `Opdracht Expertgroep ${name}`,
            description: `Uitwerken van beleidsvoorstellen op het thema ${name}.`,
            budget: [],
            practices: [],
          },
        }),
      )
      yield* programme.route(trekker, new Route.SubmitItem({ itemId }))
      yield* tell(n, `${itemId} submitted by ${trekker}`)
    }
    yield* forbidden(
      n,
      "a trekker approves his own assignment on behalf of the Stuurgroep",
      programme.route(
        Governance.PersonId.make("trekker-eg-ondermijnende-criminaliteit"),
        decision(
          "opdracht-eg-ondermijnende-criminaliteit",
          "besluit-sg-2016-01-eigen",
          "stuurgroep",
          "approve",
          "2016-01-20",
        ),
      ),
    )

    yield* step(n, "2016-02-04", "the Stuurgroep approves the assignments and plans the milestones")
    for (const [body] of groups) {
      yield* programme.route(
        Governance.PersonId.make("secretaris-stuurgroep"),
        decision(`opdracht-${body}`, `besluit-sg-2016-02-${body}`, "stuurgroep", "approve", "2016-02-04"),
      )
    }
    const plan = [
      ["ms-inventarisatie", "Inventarisatie Best Practices gereed", "inventariseren", "2016-04-01"],
      ["ms-pilots", "Pilots geëvalueerd", "experimenteren", "2016-07-01"],
      ["ms-besloten-sectie", "Besloten sectie op de VNON-website", "uitvoeren", "2016-12-31"],
      ["ms-uitvoering", "Best Practices in uitvoering in alle gemeenten", "uitvoeren", "2017-06-30"],
      ["ms-borging", "Best Practices overgedragen aan het VNON", "borgen", "2018-03-31"],
    ] as const
    for (const [id, title, phase, due] of plan) {
      yield* milestones.execute(
        Governance.PersonId.make("secretaris-stuurgroep"),
        new Milestone.PlanMilestone({
          milestoneId: Milestone.MilestoneId.make(id),
          title,
          phase,
          ownerBody: Governance.BodyId.make("stuurgroep"),
          dueDate: Kernel.calendarDate(due),
        }),
      )
    }
    yield* tell(n, `3 assignments approved; ${plan.length} milestones planned`)
  })
