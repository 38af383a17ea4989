/**
 * `@weerbaar/cli`: the `weerbaar` command for a programme office.
 *
 * @packageDocumentation
 */
export {}
