import type { GovernanceModelFields } from "./GovernanceModel.js"
import type { ModelProblem } from "./validateModel.js"

/**
 * The problems of a model's area: programme and reference municipalities that are not
 * municipalities of the model, reversed validity dates, a merger into a municipality outside the
 * programme or without an end date, a municipality listed twice, a reference municipality that is
 * also in the area, and areas of bestuurlijke bodies (only those have one) that name a municipality
 * outside the programme or overlap.
 * @category governance
 */
export const areaProblems = (
  model: Pick<typeof GovernanceModelFields.Type, "programme" | "organisations" | "bodies">,
): ReadonlyArray<ModelProblem> => {
  const problems: Array<ModelProblem> = []
  const organisations = new Map(model.organisations.map((o) => [o.id as string, o]))
  const gemeente = (id: string, path: ReadonlyArray<string | number>) => {
    const organisation = organisations.get(id)
    if (organisation === undefined) problems.push({ path, message: `organisation '${id}' does not exist` })
    else if (organisation.kind !== "gemeente") {
      problems.push({ path, message: `organisation '${id}' is not a gemeente but ${organisation.kind}` })
    }
  }
  const inProgramme = new Set<string>()
  model.programme.municipalities.forEach((m, index) => {
    const path = ["programme", "municipalities", index]
    gemeente(m.id, path)
    if (inProgramme.has(m.id)) problems.push({ path, message: `municipality '${m.id}' is listed twice` })
    inProgramme.add(m.id)
    if (m.from !== undefined && m.to !== undefined && m.to < m.from) {
      problems.push({ path: [...path, "to"], message: `municipality ends (${m.to}) before it starts (${m.from})` })
    }
  })
  model.programme.municipalities.forEach((m, index) => {
    if (m.mergedInto === undefined) return
    const path = ["programme", "municipalities", index, "mergedInto"]
    if (!inProgramme.has(m.mergedInto) || m.mergedInto === m.id) {
      problems.push({
        path,
        message: `'${m.id}' merges into '${m.mergedInto}', which is not another programme municipality`,
      })
    }
    if (m.to === undefined)
      problems.push({ path, message: `'${m.id}' merges into '${m.mergedInto}' but has no end date (to)` })
  })
  model.programme.referenceMunicipalities?.forEach((r, index) => {
    const path = ["programme", "referenceMunicipalities", index]
    gemeente(r.id, path)
    if (inProgramme.has(r.id)) {
      problems.push({ path, message: `'${r.id}' is a municipality of the programme's area, not a reference` })
    }
    if (r.from !== undefined && r.to !== undefined && r.to < r.from) {
      problems.push({ path: [...path, "to"], message: `reference ends (${r.to}) before it starts (${r.from})` })
    }
  })
  const areaOf = new Map<string, string>()
  model.bodies.forEach((body, index) => {
    if (body.area === undefined) return
    if (body.level !== "bestuurlijk") {
      problems.push({
        path: ["bodies", index, "area"],
        message: `only a bestuurlijk body has an area; '${body.id}' is ${body.level}`,
      })
    }
    body.area.forEach((id, areaIndex) => {
      const path = ["bodies", index, "area", areaIndex]
      if (!inProgramme.has(id)) problems.push({ path, message: `'${id}' is not a municipality of the programme` })
      const other = areaOf.get(id)
      if (other !== undefined && other !== body.id) {
        problems.push({ path, message: `'${id}' is already in the area of '${other}'` })
      }
      areaOf.set(id, body.id)
    })
  })
  return problems
}
