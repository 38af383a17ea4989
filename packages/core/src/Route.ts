/**
 * Proposals on their route: commands, events, the item's state, every route rule (one file
 * each), the route decider, the budget ledger and its policy, the actions a person may take, and
 * the route's read models.
 *
 * @module
 */
export * from "./routes/Budget.js"
export * from "./routes/PartnerTask.js"
export * from "./routes/commands.js"
export * from "./routes/ProgressReport.js"
export * from "./routes/events.js"
export * from "./routes/ItemState.js"
export * from "./routes/route.js"
export * from "./routes/RouteRuleCode.js"
export * from "./routes/rules/authority.js"
export * from "./routes/rules/budgetEnvelope.js"
export * from "./routes/rules/decisionRule.js"
export * from "./routes/rules/drafting.js"
export * from "./routes/rules/existence.js"
export * from "./routes/rules/fourEyes.js"
export * from "./routes/rules/immutability.js"
export * from "./routes/rules/itemStatus.js"
export * from "./routes/rules/meeting.js"
export * from "./routes/rules/substitution.js"
export * from "./routes/rules/outcome.js"
export * from "./routes/rules/revocation.js"
export * from "./routes/rules/turnOrder.js"
export * from "./routes/budgetLedgerDecider.js"
export * from "./routes/itemAggregate.js"
export * from "./routes/budgetPolicy.js"
export * from "./routes/routeDecider.js"
export * from "./routes/routeEvents.js"
export * from "./routes/evolveItem.js"
export * from "./routes/allowedActions.js"
export * from "./routes/budgetLedger.js"
export * from "./routes/readModels.js"
export * from "./routes/decisionRegister.js"
export * from "./routes/commandOfEvent.js"
