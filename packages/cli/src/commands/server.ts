import { command, group, handle, integer, text } from "../cli/spec.js"

const load = () => import("../actions/server.js")

/** `token create`. */
export const token = group("token", "bearer tokens for the REST API", [
  command(
    "create",
    "issue a bearer token for a person (shown once; --as is who issues it)",
    {
      person: text("person", "the person the token is for", "person"),
      label: text("label", "what the token is for", "text").withDefault("cli"),
    },
    handle(load, (m, g, a) => m.createToken(g, a)),
  ),
])

/** `serve`. */
export const serve = command(
  "serve",
  "serve the REST API on this store",
  {
    port: integer("port", "the port").withDefault(8080),
    host: text("host", "the address to listen on", "address").withDefault("127.0.0.1"),
    callbackHosts: text(
      "allow-callback-host",
      "a host that notification callbacks may go to (repeat for more); none by default",
      "host",
    ).repeated(),
    publicUrl: text("public-url", "the server's public base URL, for links in notifications", "url").optional(),
  },
  handle(load, (m, g, a) => m.serve(g, a)),
)
