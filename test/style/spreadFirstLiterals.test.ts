// The hot files build no object literal, inside a function, that begins with a spread and has more
// members after it (`{ ...state, status }`): V8 builds such literals on a slow path, and the objects
// it makes outlive young-generation collections far more often than they should. docs/performance.md
// explains it and names these files; everywhere else ordinary object literals are the rule.
import { existsSync, readFileSync } from "node:fs"
import { join, relative } from "node:path"
import { fileURLToPath } from "node:url"
import ts from "typescript"
import { describe, expect, it } from "vitest"

const root = fileURLToPath(new URL("../..", import.meta.url))

/** The code that runs for every event or every append: deciders' evolve, read models' apply, the store's append. */
const hotFiles = [
  "packages/core/src/routes/evolveItem.ts",
  "packages/core/src/practices/evolvePractice.ts",
  "packages/core/src/practices/trackDecider.ts",
  "packages/core/src/milestones/milestoneDecider.ts",
  "packages/core/src/information/informationDecider.ts",
  "packages/core/src/handover/handoverDecider.ts",
  "packages/core/src/routes/budgetLedgerDecider.ts",
  "packages/core/src/routes/readModels.ts",
  "packages/core/src/practices/practiceReadModels.ts",
  "packages/core/src/milestones/milestoneReadModels.ts",
  "packages/core/src/information/readModels.ts",
  "packages/core/src/health/readModels.ts",
  "packages/adapters-sqlite/src/internal/eventLog/append.ts",
  "packages/adapters-sqlite/src/internal/groupCommit.ts",
  "packages/adapters-sqlite/src/internal/eventRows.ts",
  "packages/adapters-sqlite/src/internal/readModels/projectAppended.ts",
  "packages/adapters-sqlite/src/internal/readModels/projectEvents.ts",
]

const insideFunction = (node: ts.Node) => {
  for (let parent = node.parent; parent !== undefined; parent = parent.parent) {
    if (ts.isFunctionLike(parent)) return true
  }
  return false
}

/** `file:line: text` of every object literal in a function that begins with a spread and goes on. */
const spreadFirstLiterals = (file: string, text: string): Array<string> => {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true)
  const found: Array<string> = []
  const visit = (node: ts.Node) => {
    if (
      ts.isObjectLiteralExpression(node) &&
      node.properties.length > 1 &&
      ts.isSpreadAssignment(node.properties[0]!) &&
      insideFunction(node)
    ) {
      const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1
      found.push(`${file}:${line}: ${node.getText().replace(/\s+/g, " ").slice(0, 80)}`)
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return found
}

describe("object literals in the hot files", () => {
  it("never begin with a spread followed by more members (use withChanges or Object.assign)", () => {
    const missing = hotFiles.filter((file) => !existsSync(join(root, file)))
    expect(missing, "a hot file moved: update the list here and in docs/performance.md").toEqual([])
    const found = hotFiles.flatMap((file) => spreadFirstLiterals(file, readFileSync(join(root, file), "utf8")))
    expect(found).toEqual([])
  })

  it("the check finds such a literal in a function, and leaves one at the top of a module alone", () => {
    const planted = [
      "const atTop = { ...defaults, status: 1 }",
      "export const evolve = (state: S) => ({ ...state, status: 'x' })",
    ].join("\n")
    expect(spreadFirstLiterals("planted.ts", planted)).toEqual(["planted.ts:2: { ...state, status: 'x' }"])
  })

  it("the list names files the performance guide names", () => {
    const guide = readFileSync(join(root, "docs/performance.md"), "utf8")
    const unnamed = hotFiles.filter((file) => !guide.includes(relative("packages", file).replace(/^\.\.\//, "")))
    expect(unnamed).toEqual([])
  })
})
