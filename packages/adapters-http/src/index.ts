/**
 * `@weerbaar/adapters-http`: the weerbaar REST API by the Dutch API Design Rules — one
 * contract for server, OpenAPI and typed client.
 *
 * @packageDocumentation
 */
export {}
