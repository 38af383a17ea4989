#!/usr/bin/env node
// The `weerbaar` bin, kept as source rather than built: npm links a workspace's bin at install only
// when its file exists, and `npx weerbaar` at the repository root must find this one after `npm ci`.
import * as module from "node:module"

// Node keeps the compiled code of the modules below in its compile cache, so that every start after
// the first skips most of the parsing and compiling. Only modules loaded after this call are cached:
// the command itself is loaded below. NODE_DISABLE_COMPILE_CACHE=1 turns the cache off. Node 22
// before 22.8 (inside engines) has no compile cache: the optional call keeps the bin starting there.
module.enableCompileCache?.()
const command = new URL("../dist/cli/main.js", import.meta.url)
const { main } = await import(command.href).catch((error) => {
  // In a clone of the repository the bin is linked before the first build.
  if (error?.code !== "ERR_MODULE_NOT_FOUND" || error.url !== command.href) throw error
  console.error("weerbaar is not built yet: run `npm run build` at the repository root")
  process.exit(2)
})
await main(process.argv)
