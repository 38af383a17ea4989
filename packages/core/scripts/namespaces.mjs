/** The namespaces of `src/index.ts`, each published at its own entry (`@weerbaar/core/Route`). */
export const namespaces = [
  "Kernel",
  "Governance",
  "Store",
  "Route",
  "Programme",
  "Practice",
  "Milestone",
  "Meeting",
  "Handover",
  "Information",
  "Health",
]
