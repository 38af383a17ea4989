import { Governance } from "@weerbaar/core"
import { escapeHtml } from "./escapeHtml.js"

const levels = ["bestuurlijk", "besturing", "beleid", "netwerk"] as const

/** The edges of the chart: each route step's body receives from the previous step (or the drafters). */
export const routeEdges = (
  model: Governance.GovernanceModel,
): ReadonlyArray<{ from: string; to: string; label: string }> => {
  const edges = new Map<string, { from: string; to: string; label: string }>()
  for (const route of model.routes) {
    const drafters = Governance.draftersOf(route.drafter).flatMap((d) =>
      "body" in d ? [d.body as string] : model.bodies.filter((b) => b.level === d.level).map((b) => b.id as string),
    )
    let previous = drafters
    for (const step of route.steps) {
      for (const from of previous) {
        if (from === step.body) continue
        const key = `${from}>${step.body}`
        const existing = edges.get(key)
        edges.set(key, {
          from,
          to: step.body,
          label: existing === undefined ? route.item : `${existing.label}, ${route.item}`,
        })
      }
      previous = [step.body]
    }
  }
  return [...edges.values()]
}

/** The bodies per level, in the order of the plan. */
export const bodiesByLevel = (model: Governance.GovernanceModel) =>
  levels
    .map((level) => ({ level, bodies: model.bodies.filter((b) => b.level === level) }))
    .filter((l) => l.bodies.length > 0)

const mermaidId = (id: string) => id.replace(/[^a-zA-Z0-9]/g, "_")

/** The governance chart as a Mermaid flowchart: a subgraph per level, an edge per route step. */
export const governanceMermaid = (model: Governance.GovernanceModel): string =>
  [
    "```mermaid",
    "flowchart BT",
    ...bodiesByLevel(model).flatMap(({ level, bodies }) => [
      `  subgraph ${level}`,
      ...bodies.map((b) => `    ${mermaidId(b.id)}["${b.name.replace(/"/g, "'")}"]`),
      "  end",
    ]),
    ...routeEdges(model).map((e) => `  ${mermaidId(e.from)} -- "${e.label}" --> ${mermaidId(e.to)}`),
    "```",
  ].join("\n")

/** The governance chart as inline SVG: a row of boxes per level, arrows along the routes. */
export const governanceSvg = (model: Governance.GovernanceModel): string => {
  const rows = bodiesByLevel(model)
  const boxWidth = 190
  const boxHeight = 44
  const gap = 24
  const rowGap = 70
  const widest = Math.max(...rows.map((r) => r.bodies.length))
  const width = 140 + widest * (boxWidth + gap)
  const height = rows.length * (boxHeight + rowGap) + 20
  const position = new Map<string, { x: number; y: number }>()
  rows.forEach((row, r) => {
    const offset = 140 + ((widest - row.bodies.length) * (boxWidth + gap)) / 2
    row.bodies.forEach((b, i) =>
      position.set(b.id, { x: offset + i * (boxWidth + gap), y: 20 + r * (boxHeight + rowGap) }),
    )
  })
  const arrows = routeEdges(model).flatMap((e) => {
    const from = position.get(e.from)
    const to = position.get(e.to)
    if (from === undefined || to === undefined) return []
    const x1 = from.x + boxWidth / 2
    const y1 = from.y + (to.y < from.y ? 0 : boxHeight)
    const x2 = to.x + boxWidth / 2
    const y2 = to.y + (to.y < from.y ? boxHeight : 0)
    return [
      `<line x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}" stroke="#555" marker-end="url(#arrow)"><title>${escapeHtml(e.label)}</title></line>`,
    ]
  })
  const boxes = rows.flatMap((row, r) => [
    `<text x="10" y="${20 + r * (boxHeight + rowGap) + boxHeight / 2 + 5}" font-size="13" font-weight="bold">${row.level}</text>`,
    ...row.bodies.map((b) => {
      const p = position.get(b.id)!
      return `<g><rect x="${p.x}" y="${p.y}" width="${boxWidth}" height="${boxHeight}" rx="6" fill="#eef3fb" stroke="#3d6bb3"/><text x="${p.x + boxWidth / 2}" y="${p.y + boxHeight / 2 + 4}" font-size="11" text-anchor="middle">${escapeHtml(b.name.length > 30 ? `${b.name.slice(0, 29)}…` : b.name)}</text></g>`
    }),
  ])
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="governance chart">`,
    '<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z" fill="#555"/></marker></defs>',
    ...arrows,
    ...boxes,
    "</svg>",
  ].join("\n")
}
