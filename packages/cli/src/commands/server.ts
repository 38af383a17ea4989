import { command, handle, integer, text } from "../cli/spec.js"

const load = () => import("../actions/server.js")

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
