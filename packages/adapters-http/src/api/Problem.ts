import { HttpApiSchema } from "@effect/platform"
import { Kernel } from "@weerbaar/core"
import { Schema } from "effect"

/** The media type of every error response (RFC 9457). @category problems */
export const problemJson = "application/problem+json"

const problemFields = <Type extends string, Status extends number>(type: Type, status: Status) => ({
  type: Schema.Literal(type).annotations({ description: "A URI that identifies the kind of problem (RFC 9457)" }),
  title: Schema.String,
  status: Schema.Literal(status),
  detail: Schema.String,
  instance: Schema.optional(Schema.String),
})

// Status and media type of a problem in the contract: the server encodes it so, the client decodes it so.
const problemAnnotations = <Self>(status: number, description: string): Schema.Annotations.Schema<Self> =>
  ({
    ...HttpApiSchema.annotations({ status, description }),
    [HttpApiSchema.AnnotationEncoding]: { kind: "Json", contentType: problemJson } satisfies HttpApiSchema.Encoding,
  }) as Schema.Annotations.Schema<Self>

/** One invalid parameter of a request: where, a stable code and the reason. @category problems */
export class InvalidParam extends Schema.Class<InvalidParam>("InvalidParam")({
  name: Schema.String.annotations({
    description: "The parameter: `body.begroting[0].bedrag`, `query.limiet`, `path.id`, `header.if-match`",
  }),
  code: Schema.String,
  reason: Schema.String,
}) {}

/**
 * 400: the request is malformed; `invalidParams` lists every invalid parameter at once.
 * @category problems
 */
export class InvalidRequest extends Schema.Class<InvalidRequest>("InvalidRequest")(
  { ...problemFields("urn:weerbaar:problem:ongeldig-verzoek", 400), invalidParams: Schema.Array(InvalidParam) },
  problemAnnotations<InvalidRequest>(400, "The request is malformed: every invalid parameter is listed"),
) {}

/** 401: no, an empty or an unknown bearer token. @category problems */
export class NotAuthenticated extends Schema.Class<NotAuthenticated>("NotAuthenticated")(
  problemFields("urn:weerbaar:problem:niet-geauthenticeerd", 401),
  problemAnnotations<NotAuthenticated>(401, "No valid bearer token"),
) {}

/** One violated rule in a refusal: stable code, the rule and the explanation in Dutch and English, the facts. @category problems */
export class RuleViolationDetail extends Schema.Class<RuleViolationDetail>("RuleViolationDetail")({
  code: Schema.String,
  rule: Kernel.Localized,
  explanation: Kernel.Localized,
  facts: Schema.Record({ key: Schema.String, value: Schema.Unknown }),
}) {}

/**
 * 409: the rule book refuses the action. `code` is the first violated rule; `violations` lists
 * them all, each explained in Dutch and English. Every rule refusal has this one status.
 * @category problems
 */
export class RuleRefusal extends Schema.Class<RuleRefusal>("RuleRefusal")(
  {
    ...problemFields("urn:weerbaar:problem:regel-geweigerd", 409),
    code: Schema.String,
    violations: Schema.Array(RuleViolationDetail),
  },
  problemAnnotations<RuleRefusal>(409, "The rule book refuses the action; every violated rule is listed and explained"),
) {}

/** 404: no such resource. @category problems */
export class ResourceNotFound extends Schema.Class<ResourceNotFound>("ResourceNotFound")(
  problemFields("urn:weerbaar:problem:niet-gevonden", 404),
  problemAnnotations<ResourceNotFound>(404, "No such resource"),
) {}

/** 412: the `If-Match` ETag is not the resource's current one: read it again. @category problems */
export class PreconditionFailed extends Schema.Class<PreconditionFailed>("PreconditionFailed")(
  { ...problemFields("urn:weerbaar:problem:versie-verouderd", 412), currentEtag: Schema.String },
  problemAnnotations<PreconditionFailed>(412, "The resource changed since the ETag in If-Match"),
) {}

/** 428: a state-changing request without `If-Match`. @category problems */
export class PreconditionRequired extends Schema.Class<PreconditionRequired>("PreconditionRequired")(
  problemFields("urn:weerbaar:problem:if-match-vereist", 428),
  problemAnnotations<PreconditionRequired>(428, "A state-changing request needs If-Match with the resource's ETag"),
) {}

/** 415: a request body that is not `application/json`. @category problems */
export class UnsupportedMediaType extends Schema.Class<UnsupportedMediaType>("UnsupportedMediaType")(
  problemFields("urn:weerbaar:problem:mediatype-niet-ondersteund", 415),
  problemAnnotations<UnsupportedMediaType>(415, "The request body must be application/json"),
) {}

/** 503: the store could not be read or written; the request may be retried. @category problems */
export class ServiceUnavailable extends Schema.Class<ServiceUnavailable>("ServiceUnavailable")(
  problemFields("urn:weerbaar:problem:niet-beschikbaar", 503),
  problemAnnotations<ServiceUnavailable>(503, "The store is not available; retry later"),
) {}

/**
 * 422: an `Idempotency-Key` already used with another request body or on another endpoint (IETF
 * draft "The Idempotency-Key HTTP Header Field"): nothing is executed; use a new key.
 * @category problems
 */
export class IdempotencyKeyReused extends Schema.Class<IdempotencyKeyReused>("IdempotencyKeyReused")(
  problemFields("urn:weerbaar:problem:idempotentiesleutel-hergebruikt", 422),
  problemAnnotations<IdempotencyKeyReused>(
    422,
    "The Idempotency-Key was used before for another request: another body or another endpoint",
  ),
) {}
