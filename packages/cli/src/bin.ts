#!/usr/bin/env node
import * as path from "node:path"
import { fileURLToPath } from "node:url"
import { cacheDirectory, makeCachedRequire } from "./startup/codeCache.js"

// The bin is a small loader: the command itself is the CommonJS bundle in dist/cli, compiled with a
// V8 code cache so that every start after the first skips most of the parsing and compiling.
const loader = makeCachedRequire(cacheDirectory())
process.once("exit", loader.saveCache)
const cli = loader.load(path.join(path.dirname(fileURLToPath(import.meta.url)), "cli", "main.cjs")) as {
  readonly main: (argv: ReadonlyArray<string>) => Promise<void>
}
void cli.main(process.argv)
