import * as crypto from "node:crypto"
import * as fs from "node:fs"
import { createRequire } from "node:module"
import * as os from "node:os"
import * as path from "node:path"
import * as vm from "node:vm"

// The `weerbaar` bin loads its bundle (CommonJS chunks in dist/cli) through this small module
// loader, which compiles each chunk with a V8 code cache: the bytecode of the functions the last
// run compiled, so a start skips most parsing and compiling. This is what the `v8-compile-cache`
// package does for CommonJS; Node 20 has no `module.enableCompileCache`.
//
// The cache is a per-user directory (never the package directory, which may be read-only or shared),
// keyed by Node's version and architecture and by each chunk's content hash. Anything that goes wrong
// with it (no home directory, a read-only disk, a corrupt or foreign file, V8 rejecting the data)
// leaves the start as it was without a cache: nothing is printed and nothing fails. Files are written
// once, at exit, through a temporary file and a rename, so concurrent first runs never read half a file.
// NODE_DISABLE_COMPILE_CACHE=1 (Node 22's switch for its own cache) turns it off.

interface Loaded {
  readonly script: vm.Script
  readonly cacheFile: string | undefined
  readonly fresh: boolean
}

interface CommonJsModule {
  exports: unknown
}

/** The per-user cache directory for this Node, or undefined when caching is off or there is no home. */
export const cacheDirectory = (env: NodeJS.ProcessEnv = process.env): string | undefined => {
  if (env.NODE_DISABLE_COMPILE_CACHE !== undefined && env.NODE_DISABLE_COMPILE_CACHE !== "") return undefined
  try {
    const base =
      env.XDG_CACHE_HOME !== undefined && path.isAbsolute(env.XDG_CACHE_HOME)
        ? env.XDG_CACHE_HOME
        : process.platform === "win32" && env.LOCALAPPDATA !== undefined
          ? env.LOCALAPPDATA
          : process.platform === "darwin"
            ? path.join(os.homedir(), "Library", "Caches")
            : path.join(os.homedir(), ".cache")
    // Never relative to the working directory (an empty HOME): then no cache at all.
    return path.isAbsolute(base) ? path.join(base, "weerbaar", `v8-${process.version}-${process.arch}`) : undefined
  } catch {
    return undefined
  }
}

const readCache = (file: string | undefined): Buffer | undefined => {
  if (file === undefined) return undefined
  try {
    return fs.readFileSync(file)
  } catch {
    return undefined
  }
}

const writeCache = (file: string, data: Buffer): void => {
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 })
    const temporary = `${file}.${process.pid}.${crypto.randomBytes(4).toString("hex")}.tmp`
    try {
      fs.writeFileSync(temporary, data, { mode: 0o600 })
      fs.renameSync(temporary, file)
    } catch {
      fs.rmSync(temporary, { force: true })
    }
  } catch {
    // No cache this time: the next start compiles again.
  }
}

const day = 24 * 60 * 60 * 1000

/**
 * Removes what earlier versions left: a file is written once and never touched again while it is
 * valid, so one older than 30 days is most likely of a version no longer installed (if not, the next
 * start writes it again). Runs only when this run wrote a file, so a start with a valid cache never
 * lists the directory.
 */
const prune = (dir: string): void => {
  try {
    const now = Date.now()
    for (const name of fs.readdirSync(dir)) {
      const file = path.join(dir, name)
      const age = now - fs.statSync(file).mtimeMs
      if ((name.endsWith(".cache") && age > 30 * day) || (name.endsWith(".tmp") && age > day))
        fs.rmSync(file, { force: true })
    }
  } catch {
    // Pruning is housekeeping only.
  }
}

/**
 * A `require` for the CommonJS chunks under `root`: chunks (relative specifiers) are compiled with the
 * code cache in `cacheDir`; everything else (Node's modules, better-sqlite3) goes to Node's `require`.
 */
export const makeCachedRequire = (cacheDir: string | undefined) => {
  const modules = new Map<string, CommonJsModule>()
  const loaded: Array<Loaded> = []

  const load = (file: string): unknown => {
    const known = modules.get(file)
    if (known !== undefined) return known.exports
    const source = fs.readFileSync(file, "utf8")
    const cacheFile =
      cacheDir === undefined
        ? undefined
        : path.join(
            cacheDir,
            `${path.basename(file)}-${crypto.createHash("sha256").update(source).digest("hex").slice(0, 32)}.cache`,
          )
    const cachedData = readCache(cacheFile)
    // The wrapper stays on a line of its own, so line numbers in stack traces are the file's.
    const script = new vm.Script(
      `(function (exports, require, module, __filename, __dirname) {\n${source}\n})`,
      cachedData === undefined ? { filename: file, lineOffset: -1 } : { filename: file, lineOffset: -1, cachedData },
    )
    loaded.push({ script, cacheFile, fresh: cachedData === undefined || script.cachedDataRejected === true })
    const module: CommonJsModule = { exports: {} }
    modules.set(file, module)
    const nodeRequire = createRequire(file)
    const directory = path.dirname(file)
    const chunkRequire = Object.assign(
      (specifier: string): unknown =>
        specifier.startsWith("./") || specifier.startsWith("../")
          ? load(path.join(directory, specifier))
          : nodeRequire(specifier),
      { resolve: nodeRequire.resolve, cache: nodeRequire.cache, main: nodeRequire.main },
    )
    const wrapper = script.runInThisContext() as (
      exports: unknown,
      require: unknown,
      module: CommonJsModule,
      filename: string,
      dirname: string,
    ) => void
    try {
      wrapper.call(module.exports, module.exports, chunkRequire, module, file, directory)
    } catch (error) {
      modules.delete(file)
      throw error
    }
    return module.exports
  }

  /** Writes the cache of every chunk that had none (or a rejected one): after the run, so it holds what the run compiled. */
  const saveCache = (): void => {
    let wrote = false
    for (const { script, cacheFile, fresh } of loaded) {
      if (!fresh || cacheFile === undefined) continue
      try {
        writeCache(cacheFile, script.createCachedData())
        wrote = true
      } catch {
        // As above: only a missed cache.
      }
    }
    if (wrote && cacheDir !== undefined) prune(cacheDir)
  }

  return { load, saveCache }
}
