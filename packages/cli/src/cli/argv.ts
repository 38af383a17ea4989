const valued = ["--db", "--as", "--lang"]
const flags = ["--json"]

/**
 * Moves the global options to the front of the arguments, so that `weerbaar proposal list --json`
 * means the same as `weerbaar --json proposal list` (the parser reads a parent's options before
 * its subcommand only).
 */
export const hoistGlobalOptions = (args: ReadonlyArray<string>): Array<string> => {
  const globals: Array<string> = []
  const rest: Array<string> = []
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!
    if (arg === "--") {
      rest.push(...args.slice(i))
      break
    }
    if (flags.includes(arg) || valued.some((name) => arg.startsWith(`${name}=`))) {
      globals.push(arg)
    } else if (valued.includes(arg) && i + 1 < args.length) {
      globals.push(arg, args[i + 1]!)
      i++
    } else {
      rest.push(arg)
    }
  }
  return [...globals, ...rest]
}

const optionValue = (args: ReadonlyArray<string>, name: string): string | undefined => {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!
    if (arg === name) return args[i + 1]
    if (arg.startsWith(`${name}=`)) return arg.slice(name.length + 1)
  }
  return undefined
}

/** The language and output mode asked for, read before parsing so that even a parse error honours them. */
export const outputModeOf = (args: ReadonlyArray<string>): { readonly lang: "nl" | "en"; readonly json: boolean } => ({
  lang: optionValue(args, "--lang") === "en" ? "en" : "nl",
  json: args.includes("--json"),
})
