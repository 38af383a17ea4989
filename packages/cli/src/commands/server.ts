import * as Command from "@effect/cli/Command"
import * as Options from "@effect/cli/Options"
import { handle } from "../cli/handle.js"

const load = () => import("../actions/server.js")

/** `token create`. */
export const token = Command.make("token").pipe(
  Command.withDescription("bearer tokens for the REST API"),
  Command.withSubcommands([
    Command.make(
      "create",
      {
        person: Options.text("person").pipe(Options.withDescription("the person the token is for")),
        label: Options.text("label").pipe(Options.withDescription("what the token is for"), Options.withDefault("cli")),
      },
      handle(load, (m, g, a) => m.createToken(g, a)),
    ).pipe(Command.withDescription("issue a bearer token for a person (shown once; --as is who issues it)")),
  ]),
)

/** `serve`. */
export const serve = Command.make(
  "serve",
  {
    port: Options.integer("port").pipe(Options.withDescription("the port"), Options.withDefault(8080)),
    host: Options.text("host").pipe(
      Options.withDescription("the address to listen on"),
      Options.withDefault("127.0.0.1"),
    ),
    callbackHosts: Options.text("allow-callback-host").pipe(
      Options.withDescription("a host that notification callbacks may go to (repeat for more); none by default"),
      Options.repeated,
    ),
    publicUrl: Options.text("public-url").pipe(
      Options.withDescription("the server's public base URL, for links in notifications"),
      Options.optional,
    ),
  },
  handle(load, (m, g, a) => m.serve(g, a)),
).pipe(Command.withDescription("serve the REST API on this store"))
