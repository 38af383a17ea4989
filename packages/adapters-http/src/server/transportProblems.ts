import { HttpServerResponse } from "@effect/platform"
import { problemJson } from "../api/Problem.js"
import { transportLimits } from "./transportLimits.js"

/** The problem+json type of a body over the size limit. @category problems */
export const payloadTooLargeType = "urn:weerbaar:problem:body-te-groot"

/** The problem+json type of a method a path does not take. @category problems */
export const methodNotAllowedType = "urn:weerbaar:problem:methode-niet-toegestaan"

/** The problem+json type of a request that did not arrive in time. @category problems */
export const requestTimeoutType = "urn:weerbaar:problem:verzoek-te-traag"

/**
 * 413 for a body over {@link transportLimits}`.maxBodyBytes`. The connection closes after the
 * answer: the rest of the body is not read.
 * @category problems
 */
export const payloadTooLarge = (): HttpServerResponse.HttpServerResponse =>
  HttpServerResponse.unsafeJson(
    {
      type: payloadTooLargeType,
      title: "Body te groot / Payload too large",
      status: 413,
      detail: `De body mag ten hoogste ${transportLimits.maxBodyBytes} bytes zijn / The body may be at most ${transportLimits.maxBodyBytes} bytes`,
    },
    { status: 413, contentType: problemJson, headers: { connection: "close" } },
  )

/** 405 for a method the path does not take, with `Allow` listing the ones it does. @category problems */
export const methodNotAllowed = (
  method: string,
  path: string,
  allowed: ReadonlyArray<string>,
): HttpServerResponse.HttpServerResponse =>
  HttpServerResponse.unsafeJson(
    {
      type: methodNotAllowedType,
      title: "Methode niet toegestaan / Method not allowed",
      status: 405,
      detail: `${path} kent geen ${method}, wel ${allowed.join(", ")} / ${path} does not take ${method}, only ${allowed.join(", ")}`,
    },
    { status: 405, contentType: problemJson, headers: { allow: allowed.join(", ") } },
  )
