import { WeerbaarApi } from "../api/WeerbaarApi.js"
import { openApiPath } from "./responseHeaders.js"

interface Route {
  readonly segments: ReadonlyArray<string>
  readonly method: string
}

const segmentsOf = (path: string): ReadonlyArray<string> => path.split("/").filter((s) => s !== "")

const routes: ReadonlyArray<Route> = [
  ...Object.values(WeerbaarApi.groups).flatMap((group) =>
    Object.values(group.endpoints as Record<string, { readonly path: string; readonly method: string }>).map(
      (endpoint) => ({ segments: segmentsOf(endpoint.path), method: endpoint.method }),
    ),
  ),
  { segments: segmentsOf(openApiPath), method: "GET" },
  { segments: segmentsOf(openApiPath), method: "OPTIONS" },
  { segments: segmentsOf("/v1/docs"), method: "GET" },
]

const matches = (pattern: ReadonlyArray<string>, path: ReadonlyArray<string>): boolean =>
  pattern.length === path.length && pattern.every((s, i) => s.startsWith(":") || s === path[i])

/**
 * The methods the API answers on a path (path parameters match any one segment), for the
 * `Allow` header of a 405. Empty for a path the API does not have.
 * @category server
 */
export const allowedMethods = (path: string): ReadonlyArray<string> => {
  const segments = segmentsOf(path)
  const methods = new Set(routes.filter((route) => matches(route.segments, segments)).map((route) => route.method))
  // Node answers HEAD for every GET.
  if (methods.has("GET")) methods.add("HEAD")
  return [...methods].sort()
}
