import type { Doc } from "@effect/printer/Doc"
import type { DocStream } from "@effect/printer/DocStream"
import type { Layout } from "@effect/printer/Layout"
import type { FusionDepth } from "@effect/printer/Optimize"
import type { PageWidth } from "@effect/printer/PageWidth"

// Synchronous versions of the three steps of @effect/printer(-ansi) that render a help text: fusing
// the document (`optimize`), laying it out (`wadlerLeijen`) and writing the ANSI string
// (`renderStream`). The library runs each step as a recursive Effect, one fiber per nested step; for
// the help of `weerbaar` that is most of the start's time and keeps V8's optimizing compiler busy
// until exit. These do the same thing with plain loops and give the same result; the bin's build
// puts them in place of the library's (src/build/syncPrinter.ts), test/syncPrinter.test.ts checks
// them against the library on random documents.
//
// Adapted from @effect/printer and @effect/printer-ansi 0.51 (MIT, Copyright (c) 2023-present
// Effectful Technologies Inc), which follow Haskell's prettyprinter.

/** The document constructors and guards `optimize` needs (the library's own, passed in by the patch). */
export interface DocOps {
  readonly isEmpty: (doc: Doc<unknown>) => boolean
  readonly isChar: (doc: Doc<unknown>) => boolean
  readonly isText: (doc: Doc<unknown>) => boolean
  readonly isCat: (doc: Doc<unknown>) => boolean
  readonly isNest: (doc: Doc<unknown>) => boolean
  readonly text: (text: string) => Doc<never>
  readonly cat: (left: Doc<unknown>, right: Doc<unknown>) => Doc<unknown>
  readonly nest: (doc: Doc<unknown>, indent: number) => Doc<unknown>
  readonly flatAlt: (left: Doc<unknown>, right: Doc<unknown>) => Doc<unknown>
  readonly union: (left: Doc<unknown>, right: Doc<unknown>) => Doc<unknown>
  readonly column: (react: (position: number) => Doc<unknown>) => Doc<unknown>
  readonly pageWidth: (react: (pageWidth: PageWidth) => Doc<unknown>) => Doc<unknown>
  readonly nesting: (react: (level: number) => Doc<unknown>) => Doc<unknown>
  readonly annotate: (doc: Doc<unknown>, annotation: unknown) => Doc<unknown>
}

/** The stream constructors `wadlerLeijen` needs. */
export interface StreamOps {
  readonly empty: DocStream<never>
  readonly failed: DocStream<never>
  readonly char: (stream: DocStream<unknown>, char: string) => DocStream<unknown>
  readonly text: (stream: DocStream<unknown>, text: string) => DocStream<unknown>
  readonly line: (stream: DocStream<unknown>, indentation: number) => DocStream<unknown>
  readonly pushAnnotation: (stream: DocStream<unknown>, annotation: unknown) => DocStream<unknown>
  readonly popAnnotation: (stream: DocStream<unknown>) => DocStream<unknown>
}

/** The ANSI styles `renderAnsi` needs. */
export interface AnsiOps<S> {
  readonly none: S
  readonly combine: (self: S, that: S) => S
  readonly stringify: (self: S) => string
}

// -----------------------------------------------------------------------------
// optimize
// -----------------------------------------------------------------------------

/** Deeper documents than this go to the library's stack-safe `optimize` instead. */
const maxDepth = 1_000

class TooDeep extends Error {}

type AnyDoc = Doc<unknown>

/**
 * The library's `optimize`, recursive without Effect. A document nested deeper than `maxDepth` is
 * handed to `stock` (the library's own), which needs no stack.
 */
export const optimize = (
  self: AnyDoc,
  depth: FusionDepth,
  D: DocOps,
  stock: (doc: AnyDoc, depth: FusionDepth) => AnyDoc,
): AnyDoc => {
  const react =
    <P>(react: (p: P) => AnyDoc) =>
    (p: P) =>
      optimize(react(p), depth, D, stock)
  const go = (doc: AnyDoc, level: number): AnyDoc => {
    if (level > maxDepth) throw new TooDeep()
    const next = level + 1
    switch (doc._tag) {
      case "Fail":
      case "Empty":
      case "Char":
      case "Text":
      case "Line":
        return doc
      case "FlatAlt":
        return D.flatAlt(go(doc.left, next), go(doc.right, next))
      case "Cat": {
        const { left, right } = doc
        if (D.isEmpty(left)) return go(right, next)
        if (D.isEmpty(right)) return go(left, next)
        if (left._tag === "Char" && right._tag === "Char") return D.text(left.char + right.char)
        if (left._tag === "Text" && right._tag === "Char") return D.text(left.text + right.char)
        if (left._tag === "Char" && right._tag === "Text") return D.text(left.char + right.text)
        if (left._tag === "Text" && right._tag === "Text") return D.text(left.text + right.text)
        if (
          (D.isChar(left) || D.isText(left)) &&
          right._tag === "Cat" &&
          (D.isChar(right.left) || D.isText(right.left))
        ) {
          const inner = go(D.cat(left, right.left), next)
          return go(D.cat(inner, right.right), next)
        }
        if (left._tag === "Cat" && (D.isChar(left.right) || D.isText(left.right))) {
          const inner = go(D.cat(left.right, right), next)
          return go(D.cat(left.left, inner), next)
        }
        return D.cat(go(left, next), go(right, next))
      }
      case "Nest": {
        if (doc.indent === 0) return go(doc.doc, next)
        if (D.isEmpty(doc.doc) || D.isChar(doc.doc) || D.isText(doc.doc)) return doc.doc
        if (doc.doc._tag === "Nest") return go(D.nest(doc.doc.doc, doc.indent + doc.doc.indent), next)
        return D.nest(go(doc.doc, next), doc.indent)
      }
      case "Union":
        return D.union(go(doc.left, next), go(doc.right, next))
      case "Column":
        return depth._tag === "Shallow" ? doc : D.column(react(doc.react))
      case "WithPageWidth":
        return depth._tag === "Shallow" ? doc : D.pageWidth(react(doc.react))
      case "Nesting":
        return depth._tag === "Shallow" ? doc : D.nesting(react(doc.react))
      case "Annotated":
        return D.annotate(go(doc.doc, next), doc.annotation)
    }
  }
  try {
    return go(self, 0)
  } catch (error) {
    if (error instanceof TooDeep) return stock(self, depth)
    throw error
  }
}

// -----------------------------------------------------------------------------
// wadlerLeijen
// -----------------------------------------------------------------------------

/** What remains to lay out: documents with their indentation, and the ends of annotations. */
type Pipeline =
  | undefined
  | { readonly undo: false; readonly indent: number; readonly doc: AnyDoc; readonly rest: Pipeline }
  | { readonly undo: true; readonly rest: Pipeline }

const cons = (indent: number, doc: AnyDoc, rest: Pipeline): Pipeline => ({ undo: false, indent, doc, rest })

/**
 * A stream whose rest is laid out when first read. `fits` reads as far as it needs (for `pretty` up
 * to the end of the line), so each choice between two layouts costs a line, not the rest of the
 * document as in the library, which lays out every alternative to its end.
 */
class LazyStream {
  private rest: DocStream<unknown> | undefined
  private pending: (() => DocStream<unknown>) | undefined
  constructor(
    readonly _tag: "CharStream" | "TextStream" | "LineStream" | "PushAnnotationStream" | "PopAnnotationStream",
    private readonly value: unknown,
    next: () => DocStream<unknown>,
  ) {
    this.pending = next
  }
  get stream(): DocStream<unknown> {
    if (this.pending !== undefined) {
      this.rest = this.pending()
      this.pending = undefined
    }
    return this.rest!
  }
  get char(): unknown {
    return this.value
  }
  get text(): unknown {
    return this.value
  }
  get annotation(): unknown {
    return this.value
  }
  /** As the library: no indentation on a line that is followed by nothing or by another line. */
  get indentation(): number {
    const rest = this.stream
    return rest._tag === "EmptyStream" || rest._tag === "LineStream" ? 0 : (this.value as number)
  }
}

const asStream = (stream: LazyStream): DocStream<unknown> => stream as unknown as DocStream<unknown>

/** The library's `wadlerLeijen` (the layout behind `pretty`, `smart` and `unbounded`), without Effect. */
export const wadlerLeijen = (
  self: AnyDoc,
  fits: Layout.FittingPredicate<unknown>,
  options: Layout.Options,
  S: StreamOps,
): DocStream<unknown> => {
  const best = (start: Pipeline, nl: number, cc: number): DocStream<unknown> => {
    let pipeline = start
    for (;;) {
      if (pipeline === undefined) return S.empty
      if (pipeline.undo) {
        const rest = pipeline.rest
        // The library lays out what follows an annotation at nesting level 0, column 0: so do we.
        return asStream(new LazyStream("PopAnnotationStream", undefined, () => best(rest, 0, 0)))
      }
      const { indent, doc, rest } = pipeline
      switch (doc._tag) {
        case "Fail":
          return S.failed
        case "Empty":
          pipeline = rest
          break
        case "Char":
          return asStream(new LazyStream("CharStream", doc.char, () => best(rest, nl, cc + 1)))
        case "Text":
          return asStream(new LazyStream("TextStream", doc.text, () => best(rest, nl, cc + doc.text.length)))
        case "Line":
          return asStream(new LazyStream("LineStream", indent, () => best(rest, indent, indent)))
        case "FlatAlt":
          pipeline = cons(indent, doc.left, rest)
          break
        case "Cat":
          pipeline = cons(indent, doc.left, cons(indent, doc.right, rest))
          break
        case "Nest":
          pipeline = cons(indent + doc.indent, doc.doc, rest)
          break
        case "Union": {
          const left = best(cons(indent, doc.left, rest), nl, cc)
          let right: DocStream<unknown> | undefined
          const lazyRight = () => {
            if (right === undefined) right = best(cons(indent, doc.right, rest), nl, cc)
            return right
          }
          return fits(left, nl, cc, lazyRight) ? left : lazyRight()
        }
        case "Column":
          pipeline = cons(indent, doc.react(cc), rest)
          break
        case "WithPageWidth":
          pipeline = cons(indent, doc.react(options.pageWidth), rest)
          break
        case "Nesting":
          pipeline = cons(indent, doc.react(indent), rest)
          break
        case "Annotated": {
          const inner = cons(indent, doc.doc, { undo: true, rest })
          return asStream(new LazyStream("PushAnnotationStream", doc.annotation, () => best(inner, nl, cc)))
        }
      }
    }
  }
  // Read the chosen layout to its end, then build the library's own stream from the back.
  const lazy: Array<LazyStream> = []
  let stream = best(cons(0, self, undefined), 0, 0)
  while (stream instanceof LazyStream) {
    lazy.push(stream)
    stream = stream.stream
  }
  for (let i = lazy.length - 1; i >= 0; i--) {
    const node = lazy[i]!
    switch (node._tag) {
      case "CharStream":
        stream = S.char(stream, node.char as string)
        break
      case "TextStream":
        stream = S.text(stream, node.text as string)
        break
      case "LineStream":
        stream = S.line(stream, node.indentation)
        break
      case "PushAnnotationStream":
        stream = S.pushAnnotation(stream, node.annotation)
        break
      case "PopAnnotationStream":
        stream = S.popAnnotation(stream)
        break
    }
  }
  return stream
}

// -----------------------------------------------------------------------------
// renderAnsi
// -----------------------------------------------------------------------------

/** @effect/printer-ansi's `renderStream`, as a loop. */
export const renderAnsi = <S>(self: DocStream<S>, A: AnsiOps<S>): string => {
  let out = ""
  const styles: Array<S> = [A.none]
  let stream: DocStream<S> = self
  for (;;) {
    switch (stream._tag) {
      case "FailedStream":
        throw new Error(
          "BUG: AnsiRender.renderSafe - attempted to render a failed doc stream - please report an issue at https://github.com/Effect-TS/printer/issues",
        )
      case "EmptyStream":
        return out
      case "CharStream":
        out += stream.char
        break
      case "TextStream":
        out += stream.text
        break
      case "LineStream": {
        let indent = "\n"
        for (let i = 0; i < stream.indentation; i++) indent += " "
        out += indent
        break
      }
      case "PushAnnotationStream":
        out += A.stringify(A.combine(stream.annotation, styles[styles.length - 1]!))
        styles.push(stream.annotation)
        break
      case "PopAnnotationStream":
        if (styles.length < 2) {
          throw new Error(
            "BUG: AnsiRender.unsafePeek - peeked at an empty stack - please report an issue at https://github.com/Effect-TS/printer/issues",
          )
        }
        styles.pop()
        out += A.stringify(styles[styles.length - 1]!)
        break
    }
    stream = stream.stream
  }
}
