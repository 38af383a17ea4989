import type { Server } from "node:http"
import type { Duplex } from "node:stream"
import { problemJson } from "../api/Problem.js"
import { apiHeadersFor } from "./responseHeaders.js"
import { requestTimeoutType } from "./transportProblems.js"

const problemFor = (code: string | undefined) => {
  switch (code) {
    case "ERR_HTTP_REQUEST_TIMEOUT":
      return {
        type: requestTimeoutType,
        title: "Verzoek te traag / Request timeout",
        status: 408,
        detail:
          "Kop of body kwam niet op tijd binnen / The headers or the body did not arrive in time; send the request again",
      }
    case "HPE_HEADER_OVERFLOW":
      return {
        type: "urn:weerbaar:problem:koppen-te-groot",
        title: "Koppen te groot / Request header fields too large",
        status: 431,
        detail: "De koppen van het verzoek zijn te groot / The request's headers are too large",
      }
    default:
      return {
        type: "urn:weerbaar:problem:ongeldig-verzoek",
        title: "Ongeldig verzoek / Invalid request",
        status: 400,
        detail: "Het verzoek is geen geldig HTTP/1.1 / The request is not valid HTTP/1.1",
        invalidParams: [],
      }
  }
}

const reasons: Record<number, string> = {
  400: "Bad Request",
  408: "Request Timeout",
  431: "Request Header Fields Too Large",
}

/**
 * Answers what Node's HTTP parser and timers refuse before the API sees a request — a request
 * that did not arrive within the server's timeouts (408), headers too large (431), malformed
 * HTTP (400) — as problem+json, and closes the connection, as Node does without this listener.
 * @category server
 */
export const answerClientErrors = (server: Server): void => {
  server.on("clientError", (error: NodeJS.ErrnoException, socket: Duplex) => {
    const httpMessage = (socket as Duplex & { _httpMessage?: { headersSent?: boolean } })._httpMessage
    // An answer already under way cannot be replaced; a closed socket cannot take one.
    if (!socket.writable || httpMessage?.headersSent === true || error.code === "ECONNRESET") {
      socket.destroy()
      return
    }
    const problem = problemFor(error.code)
    const body = JSON.stringify(problem)
    const headers = {
      ...apiHeadersFor(""),
      "content-type": problemJson,
      "content-length": String(Buffer.byteLength(body)),
      connection: "close",
    }
    socket.end(
      `HTTP/1.1 ${problem.status} ${reasons[problem.status]}\r\n${Object.entries(headers)
        .map(([name, value]) => `${name}: ${value}\r\n`)
        .join("")}\r\n${body}`,
    )
    socket.once("finish", () => socket.destroy())
  })
}
