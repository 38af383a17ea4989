import type { FuzzReply } from "./sendRequest.js"

/**
 * What every answer must be, whatever was asked: no 5xx; a 4xx is problem+json whose `status` is
 * the answer's and that has a title; an answer other than 2xx stored nothing. Returns what is
 * wrong, or undefined.
 */
export const checkReply = (reply: FuzzReply, stored: { before: number; after: number }): string | undefined => {
  const where = `${reply.method} ${reply.url.slice(0, 200)} ${reply.sent} → ${reply.status}`
  if (reply.status >= 500) return `${where}: a server error (${reply.text.slice(0, 200) || "empty body"})`
  const success = reply.status >= 200 && reply.status < 300
  if (!success && stored.after !== stored.before)
    return `${where}: not a success, yet events were stored (position ${stored.before} → ${stored.after})`
  if (reply.status >= 400) {
    if (!reply.contentType.startsWith("application/problem+json"))
      return `${where}: not problem+json (${reply.contentType})`
    let problem: { status?: unknown; title?: unknown }
    try {
      problem = JSON.parse(reply.text)
    } catch {
      return `${where}: a problem that is no JSON`
    }
    if (problem.status !== reply.status) return `${where}: the problem's status is ${String(problem.status)}`
    if (typeof problem.title !== "string") return `${where}: the problem has no title`
  }
  return undefined
}
