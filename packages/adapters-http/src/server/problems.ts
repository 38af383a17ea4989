import type { HttpApiDecodeError } from "@effect/platform/HttpApiError"
import type { Kernel } from "@weerbaar/core"
import {
  InvalidParam,
  InvalidRequest,
  PreconditionFailed,
  PreconditionRequired,
  ResourceNotFound,
  RuleRefusal,
  RuleViolationDetail,
  ServiceUnavailable,
} from "../api/Problem.js"

/** A rule refusal as a 409 problem, with every violated rule in Dutch and English. @category problems */
export const ruleRefusal = (refused: Kernel.Refused): RuleRefusal =>
  new RuleRefusal({
    type: "urn:weerbaar:problem:regel-geweigerd",
    title: "Geweigerd door het regelboek / Refused by the rule book",
    status: 409,
    code: refused.violations[0].code,
    detail: refused.violations.map((v) => `${v.code}: ${v.explanation.nl} / ${v.explanation.en}`).join("\n"),
    violations: refused.violations.map(
      (v) => new RuleViolationDetail({ code: v.code, rule: v.rule, explanation: v.explanation, facts: v.facts }),
    ),
  })

/** A 400 problem listing invalid parameters. @category problems */
export const invalidRequest = (params: ReadonlyArray<{ name: string; code: string; reason: string }>): InvalidRequest =>
  new InvalidRequest({
    type: "urn:weerbaar:problem:ongeldig-verzoek",
    title: "Ongeldig verzoek / Invalid request",
    status: 400,
    detail: params.map((p) => `${p.name}: ${p.reason}`).join("\n"),
    invalidParams: params.map((p) => new InvalidParam(p)),
  })

const issueCodes: Record<string, string> = {
  Missing: "required",
  Unexpected: "unexpected",
  Type: "invalid-type",
  Refinement: "invalid",
  Transformation: "invalid",
  Forbidden: "forbidden",
  Composite: "invalid",
  Pointer: "invalid",
}

/**
 * The framework's decode error as a 400 problem. Paths carry no path parameters (those are not
 * validated) and no headers (the handlers check those), so a GET's issues are in the query and a
 * POST's or PUT's in the body.
 * @category problems
 */
export const fromDecodeError = (error: HttpApiDecodeError, method: string): InvalidRequest => {
  const location = method === "GET" || method === "DELETE" || method === "HEAD" ? "query" : "body"
  // A value outside a set of literals gives one issue per literal: the parameter is listed once.
  const params = new Map<string, { name: string; code: string; reason: string }>()
  for (const issue of error.issues) {
    const name = [location, ...issue.path.map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`))]
      .join("")
      .replace(/^(query|body)\./, "$1.")
    const known = params.get(name)
    if (known === undefined)
      params.set(name, { name, code: issueCodes[issue._tag] ?? "invalid", reason: issue.message })
    else known.reason = `${known.reason}; ${issue.message}`
  }
  return invalidRequest([...params.values()])
}

/** 404 for a resource. @category problems */
export const notFound = (what: string): ResourceNotFound =>
  new ResourceNotFound({
    type: "urn:weerbaar:problem:niet-gevonden",
    title: "Niet gevonden / Not found",
    status: 404,
    detail: `${what} bestaat niet / does not exist`,
  })

/** 412 when the ETag in If-Match is not the current one. @category problems */
export const preconditionFailed = (currentEtag: string): PreconditionFailed =>
  new PreconditionFailed({
    type: "urn:weerbaar:problem:versie-verouderd",
    title: "Verouderde versie / Stale version",
    status: 412,
    detail: `De bron is gewijzigd; de huidige ETag is ${currentEtag} / The resource changed; its current ETag is ${currentEtag}`,
    currentEtag,
  })

/** 428 when If-Match is missing. @category problems */
export const preconditionRequired = (): PreconditionRequired =>
  new PreconditionRequired({
    type: "urn:weerbaar:problem:if-match-vereist",
    title: "If-Match vereist / If-Match required",
    status: 428,
    detail:
      "Stuur de ETag van de laatst gelezen versie mee in If-Match / Send the ETag of the version you read in If-Match",
  })

/** 503 when the store failed. @category problems */
export const unavailable = (reason: string): ServiceUnavailable =>
  new ServiceUnavailable({
    type: "urn:weerbaar:problem:niet-beschikbaar",
    title: "Niet beschikbaar / Unavailable",
    status: 503,
    detail: reason,
  })
