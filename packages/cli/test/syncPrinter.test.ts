import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"
import { pathToFileURL } from "node:url"
import * as Ansi from "@effect/printer-ansi/Ansi"
import * as AnsiDoc from "@effect/printer-ansi/AnsiDoc"
import * as Doc from "@effect/printer/Doc"
import * as DocStream from "@effect/printer/DocStream"
import * as Layout from "@effect/printer/Layout"
import * as Optimize from "@effect/printer/Optimize"
import * as PageWidth from "@effect/printer/PageWidth"
import { FastCheck as fc } from "effect"
import { build } from "esbuild"
import { beforeAll, describe, expect, it } from "vitest"
import { syncPrinter } from "../src/build/syncPrinter.js"
import * as Sync from "../src/printer/syncPrinter.js"

// The bin renders help texts with src/printer/syncPrinter.ts in place of @effect/printer's own
// optimize, layout and ANSI render. Both must give the same text for any document: checked here on
// random documents against the library, through the same esbuild plugin the bin's build uses.

type AnyDoc = Doc.Doc<Ansi.Ansi>

const word = fc.stringMatching(/^[a-z]{0,7}$/)
const style = fc.constantFrom(
  Ansi.bold,
  Ansi.red,
  Ansi.green,
  Ansi.underlined,
  Ansi.combine(Ansi.blue, Ansi.italicized),
)

// Depth is bounded at 4 to keep documents small; the cost of looking ahead is bounded below.
const docsUpTo = (maxDepth: number): fc.Arbitrary<AnyDoc> =>
  fc.letrec<{ doc: AnyDoc }>((tie) => ({
    doc: fc.oneof(
      { depthSize: "small", withCrossShrink: true, maxDepth },
      fc.constantFrom<AnyDoc>(Doc.empty, Doc.line, Doc.softLine, Doc.hardLine, Doc.lineBreak, Doc.char("x"), Doc.fail),
      word.map((w) => Doc.text(w)),
      fc.tuple(tie("doc"), tie("doc")).map(([a, b]) => Doc.cat(a, b)),
      fc.array(tie("doc"), { maxLength: 4 }).map((ds) => Doc.fillSep(ds)),
      fc.array(tie("doc"), { maxLength: 4 }).map((ds) => Doc.vsep(ds)),
      fc.array(tie("doc"), { maxLength: 4 }).map((ds) => Doc.hsep(ds)),
      fc.array(word, { maxLength: 12 }).map((ws) => Doc.reflow(ws.join(" "))),
      tie("doc").map((d) => Doc.group(d)),
      fc.tuple(tie("doc"), fc.integer({ min: -2, max: 6 })).map(([d, i]) => Doc.nest(d, i)),
      fc.tuple(tie("doc"), fc.integer({ min: 0, max: 6 })).map(([d, i]) => Doc.indent(d, i)),
      fc.tuple(tie("doc"), fc.integer({ min: 0, max: 6 })).map(([d, i]) => Doc.hang(d, i)),
      tie("doc").map((d) => Doc.align(d)),
      fc.tuple(tie("doc"), tie("doc")).map(([a, b]) => Doc.flatAlt(a, b)),
      fc.tuple(tie("doc"), style).map(([d, s]) => Doc.annotate(d, s)),
      tie("doc").map((d) =>
        Doc.cat(
          d,
          Doc.column((c) => Doc.text(`@${c}`)),
        ),
      ),
      tie("doc").map((d) =>
        Doc.cat(
          d,
          Doc.nesting((n) => Doc.text(`#${n}`)),
        ),
      ),
      tie("doc").map((d) => Doc.pageWidth((w) => (PageWidth.isAvailablePerLine(w) ? Doc.nest(d, w.lineWidth % 3) : d))),
    ),
  })).doc

const docs = docsUpTo(4)

/**
 * How many choices (`Union`s) the layout meets, counting each copy a group makes. The smart style,
 * and any fitting predicate that looks at the alternative, lays out both sides of every choice
 * ahead: its time doubles with each one, in the library as in the copy. One document with 23
 * choices took a minute; with at most 10 none took more than about 0.1 s.
 */
const choices = (doc: AnyDoc): number => {
  let count = 0
  const stack: Array<AnyDoc> = [doc]
  for (let d = stack.pop(); d !== undefined; d = stack.pop()) {
    switch (d._tag) {
      case "Union":
        count++
        stack.push(d.left, d.right)
        break
      case "Cat":
      case "FlatAlt":
        stack.push(d.left, d.right)
        break
      case "Nest":
      case "Annotated":
        stack.push(d.doc)
        break
      case "Column":
      case "Nesting":
        stack.push(d.react(0))
        break
      case "WithPageWidth":
        stack.push(d.react(PageWidth.availablePerLine(40, 1)))
        break
    }
  }
  return count
}

/** Enough choices for every look-ahead case, few enough for a quick test: 99.5% of `docs`. */
const maxLookAheadChoices = 10

const configs: ReadonlyArray<AnsiDoc.AnsiDoc.RenderConfig> = [
  { style: "pretty" },
  { style: "pretty", options: { lineWidth: 12, ribbonFraction: 1 } },
  { style: "pretty", options: { lineWidth: 30, ribbonFraction: 0.5 } },
  { style: "smart", options: { lineWidth: 16, ribbonFraction: 1 } },
  { style: "smart", options: { lineWidth: 40, ribbonFraction: 0.6 } },
  { style: "compact" },
]

/** The configurations a document is checked in: the smart style only within the bound on choices. */
const configsFor = (doc: AnyDoc) =>
  choices(doc) <= maxLookAheadChoices ? configs : configs.filter((config) => config.style !== "smart")

/** What the library makes of a document, or the error it throws. */
const outcome = (render: () => string): string => {
  try {
    return render()
  } catch (error) {
    return `throws: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`
  }
}

let patched: {
  readonly render: (doc: AnyDoc, config: AnsiDoc.AnsiDoc.RenderConfig) => string
  readonly optimize: (doc: AnyDoc, depth: Optimize.FusionDepth) => AnyDoc
}

beforeAll(async () => {
  // The library bundled as the bin bundles it: with the plugin.
  const result = await build({
    stdin: {
      contents: [
        'import * as AnsiDoc from "@effect/printer-ansi/AnsiDoc"',
        'import * as Optimize from "@effect/printer/Optimize"',
        "export const render = (doc, config) => AnsiDoc.render(doc, config)",
        "export const optimize = (doc, depth) => Optimize.optimize(doc, depth)",
      ].join("\n"),
      resolveDir: path.join(import.meta.dirname, ".."),
      loader: "js",
    },
    bundle: true,
    format: "esm",
    platform: "node",
    write: false,
    logLevel: "silent",
    plugins: [syncPrinter()],
  })
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "weerbaar-printer-"))
  const file = path.join(folder, "patched.mjs")
  fs.writeFileSync(file, result.outputFiles[0]!.text)
  patched = await import(pathToFileURL(file).href)
})

describe("the synchronous printer renders like @effect/printer", () => {
  it("any document, in every style and width", () => {
    fc.assert(
      fc.property(docs, (doc) => {
        for (const config of configsFor(doc)) {
          expect(outcome(() => patched.render(doc, config))).toBe(outcome(() => AnsiDoc.render(doc, config)))
        }
      }),
      { numRuns: 250 },
    )
  })

  it("optimized documents render as the library's optimized documents", () => {
    fc.assert(
      fc.property(docs, fc.constantFrom(Optimize.Deep, Optimize.Shallow), (doc, depth) => {
        const render = (d: AnyDoc) => outcome(() => AnsiDoc.render(d, { style: "pretty", options: { lineWidth: 20 } }))
        expect(render(patched.optimize(doc, depth))).toBe(render(Optimize.optimize(doc, depth)))
      }),
      { numRuns: 200 },
    )
  })

  it("the layout gives the library's stream for any fitting predicate", () => {
    // The library's own predicates are private: one like `pretty`'s, one that looks at the alternative.
    const firstLineFits: Layout.Layout.FittingPredicate<Ansi.Ansi> = (stream, indentation, column) => {
      let width = 24 - Math.max(indentation, column)
      let s = stream
      while (width >= 0) {
        if (s._tag === "FailedStream") return false
        if (s._tag === "EmptyStream" || s._tag === "LineStream") return true
        if (s._tag === "CharStream") width -= 1
        if (s._tag === "TextStream") width -= s.text.length
        s = s.stream
      }
      return false
    }
    const shorterThanAlternative: Layout.Layout.FittingPredicate<Ansi.Ansi> = (stream, _, __, alternative) => {
      const count = (s: DocStream.DocStream<Ansi.Ansi>) => {
        let n = 0
        for (let t = s; t._tag !== "EmptyStream" && t._tag !== "FailedStream" && n < 40; t = t.stream) n++
        return n
      }
      return count(stream) <= count(alternative()) + 3
    }
    const options = Layout.options(PageWidth.availablePerLine(24, 0.8))
    const flat = (stream: DocStream.DocStream<Ansi.Ansi>) => {
      const out: Array<unknown> = []
      for (let s = stream; ; s = s.stream) {
        const { stream: _, ...node } = s as DocStream.DocStream<Ansi.Ansi> & { stream?: unknown }
        out.push(node)
        if (s._tag === "EmptyStream" || s._tag === "FailedStream") return out
      }
    }
    fc.assert(
      fc.property(docs, (doc) => {
        const predicates =
          choices(doc) <= maxLookAheadChoices ? [firstLineFits, shorterThanAlternative] : [firstLineFits]
        for (const fits of predicates) {
          const ours = outcome(() =>
            JSON.stringify(flat(Sync.wadlerLeijen(doc, fits as never, options, DocStream as never) as never)),
          )
          const library = outcome(() => JSON.stringify(flat(Layout.wadlerLeijen(doc, fits, options))))
          expect(ours).toBe(library)
        }
      }),
      { numRuns: 100 },
    )
  })

  it("a document too deep for the recursion goes to the library's optimize, with the same result", () => {
    let deep: AnyDoc = Doc.text("end")
    for (let i = 0; i < 1_500; i++) deep = Doc.nest(Doc.cat(Doc.text(`${i % 10}`), Doc.cat(Doc.line, deep)), 1)
    const config: AnsiDoc.AnsiDoc.RenderConfig = { style: "pretty", options: { lineWidth: 40 } }
    expect(patched.render(Doc.group(deep), config)).toBe(AnsiDoc.render(Doc.group(deep), config))
    expect(patched.render(patched.optimize(deep, Optimize.Deep), config)).toBe(
      AnsiDoc.render(Optimize.optimize(deep, Optimize.Deep), config),
    )
  })
})
