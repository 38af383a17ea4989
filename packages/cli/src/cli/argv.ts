const optionValue = (args: ReadonlyArray<string>, name: string): string | undefined => {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!
    if (arg === "--") return undefined
    if (arg === name) return args[i + 1]
    if (arg.startsWith(`${name}=`)) return arg.slice(name.length + 1)
  }
  return undefined
}

/** The language and output mode asked for, read before parsing so that even a parse error honours them. */
export const outputModeOf = (args: ReadonlyArray<string>): { readonly lang: "nl" | "en"; readonly json: boolean } => {
  const end = args.indexOf("--")
  return {
    lang: optionValue(args, "--lang") === "en" ? "en" : "nl",
    json: (end === -1 ? args : args.slice(0, end)).includes("--json"),
  }
}
