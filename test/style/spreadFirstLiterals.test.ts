// weerbaar's functions build no object literal that begins with a spread and has more members after
// it (`{ ...state, status }`): V8 builds such literals on a slow path, and the objects it makes
// outlive young-generation collections far more often than they should (see `withChanges` in core
// and docs/performance.md). Literals at the top of a module, built once, are left alone.
import { readdirSync, readFileSync } from "node:fs"
import { join, relative } from "node:path"
import { fileURLToPath } from "node:url"
import ts from "typescript"
import { describe, expect, it } from "vitest"

const root = fileURLToPath(new URL("../..", import.meta.url))

const sourcesUnder = (folder: string): Array<string> =>
  readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name)
    if (entry.isDirectory()) return sourcesUnder(path)
    return entry.name.endsWith(".ts") ? [path] : []
  })

const insideFunction = (node: ts.Node) => {
  for (let parent = node.parent; parent !== undefined; parent = parent.parent) {
    if (ts.isFunctionLike(parent)) return true
  }
  return false
}

/** `file:line: text` of every object literal in a function that begins with a spread and goes on. */
const spreadFirstLiterals = (file: string): Array<string> => {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true)
  const found: Array<string> = []
  const visit = (node: ts.Node) => {
    if (
      ts.isObjectLiteralExpression(node) &&
      node.properties.length > 1 &&
      ts.isSpreadAssignment(node.properties[0]!) &&
      insideFunction(node)
    ) {
      const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1
      found.push(`${relative(root, file)}:${line}: ${node.getText().replace(/\s+/g, " ").slice(0, 80)}`)
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return found
}

describe("object literals in functions", () => {
  it("never begin with a spread followed by more members (use withChanges or Object.assign)", () => {
    const packages = readdirSync(join(root, "packages"))
    const found = packages.flatMap((name) =>
      sourcesUnder(join(root, "packages", name, "src")).flatMap(spreadFirstLiterals),
    )
    expect(found).toEqual([])
  })
})
