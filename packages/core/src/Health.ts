/**
 * The programme's health (randvoorwaarden): signals, the checks over staffing, spending,
 * commitment, budget and track progress, their inputs and read models, the `Health` service, and
 * the rules signalled (comply or explain) read from the signal-register.
 *
 * @module
 */
export * from "./health/HealthSignal.js"
export * from "./health/healthChecks.js"
export * from "./health/AccordedMeasure.js"
export * from "./health/ExecutionContext.js"
export * from "./health/executionRules.js"
export * from "./health/rules/confirmationBeforeAccord.js"
export * from "./health/rules/confirmationInFuture.js"
export * from "./health/partConfirmation.js"
export * from "./health/spending.js"
export * from "./health/membershipHistory.js"
export * from "./health/staffing.js"
export * from "./health/trackProgress.js"
export * from "./health/commitment.js"
export * from "./health/budget.js"
export * from "./health/programmeHealth.js"
export * from "./health/healthInput.js"
export * from "./health/readModels.js"
export * from "./application/Health.js"
export * from "./application/complyOrExplain.js"
