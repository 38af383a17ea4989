import { argument, command, group, handle, text } from "../cli/spec.js"

const load = () => import("../actions/tokens.js")

/** `token create|list|revoke`: the REST API's bearer tokens. */
export const token = group("token", "bearer tokens for the REST API", [
  command(
    "create",
    "issue a bearer token for a person of the model (shown once; --as issues it)",
    {
      person: text("person", "the person the token is for", "person"),
      label: text("label", "what the token is for", "text").withDefault("cli"),
      expires: text(
        "expires",
        "when it stops working: a date (2027-01-01), a UTC time, or 90d / 12h",
        "when",
      ).optional(),
    },
    handle(load, (m, g, a) => m.createToken(g, a)),
  ),
  command(
    "list",
    "list the tokens issued: id, person, created, expires, revoked (never a secret)",
    {},
    handle(load, (m, g) => m.listTokens(g)),
  ),
  command(
    "revoke",
    "revoke a token: refused from its next request on (--as is who revokes it)",
    { id: argument("id", "the token's id, as `token list` shows it") },
    handle(load, (m, g, a) => m.revokeToken(g, a)),
  ),
])
