/**
 * `@weerbaar/cli`: the `weerbaar` command for a programme office.
 *
 * @packageDocumentation
 */
export { main } from "./cli/main.js"
