/**
 * Information products and who may read them: products, commands, events, access rules,
 * the insights bundle, the Samen Weerbaar products, and the `Information` service.
 *
 * @module
 */
export * from "./information/InsightsBundle.js"
export * from "./information/InformationProduct.js"
export * from "./information/commands.js"
export * from "./information/events.js"
export * from "./information/rules.js"
export * from "./information/rules/confidentialContentEntitledOnly.js"
export * from "./information/rules/shareableSummary.js"
export * from "./information/rules/scopeOutsideArea.js"
export * from "./information/scopeArea.js"
export * from "./information/contentViolations.js"
export * from "./information/access.js"
export * from "./information/informationDecider.js"
export * from "./information/readModels.js"
export * from "./information/insights.js"
export * from "./information/productsOf.js"
export * from "./information/samenWeerbaarInformation.js"
export * from "./application/Information.js"
