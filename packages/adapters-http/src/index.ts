/**
 * `@weerbaar/adapters-http`: the weerbaar REST API by the Dutch API Design Rules — one
 * contract for server, OpenAPI and typed client.
 *
 * @packageDocumentation
 */
export * from "./api/Authentication.js"
export * from "./api/BestPracticesGroup.js"
export * from "./api/conformToApiDesignRules.js"
export * from "./api/handoverResources.js"
export * from "./api/headers.js"
export * from "./api/healthResources.js"
export * from "./api/InformatieproductenGroup.js"
export * from "./api/informationResources.js"
export * from "./api/MijlpalenGroup.js"
export * from "./api/milestoneResources.js"
export * from "./api/OverdrachtenGroup.js"
export * from "./api/paths.js"
export * from "./api/practiceResources.js"
export * from "./api/Problem.js"
export * from "./api/RandvoorwaardenGroup.js"
export * from "./api/resources.js"
export * from "./api/subscriptions.js"
export * from "./api/trackResources.js"
export * from "./api/TrajectenGroup.js"
export * from "./api/WeerbaarApi.js"
export * from "./client/WeerbaarClient.js"
export * from "./server/AccessTokens.js"
export * from "./server/NotificationDelivery.js"
export * from "./server/Subscriptions.js"
export * from "./server/WeerbaarServer.js"
