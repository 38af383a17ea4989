import { type Command, Help, Option } from "commander"

/** No line of help or usage is wider than this, whatever the terminal. */
export const maxHelpWidth = 100

/**
 * An option the command cannot do without. The command checks it after unknown options, so that a
 * mistyped `--rationle` gets its did-you-mean rather than "--rationale is missing".
 */
export class RequiredOption extends Option {}

const bold = (text: string) => `\u001b[1m${text}\u001b[22m`

/**
 * How help and usage look: at most 100 columns (fewer on a narrower terminal), headings in bold
 * capitals, each option with its own description and whether it is required. commander removes the
 * escapes when the output is not a terminal or `NO_COLOR` is set.
 */
export const helpConfiguration = (columns: number | undefined): Partial<Help> => ({
  helpWidth: Math.min(columns !== undefined && columns > 0 ? columns : maxHelpWidth, maxHelpWidth),
  showGlobalOptions: true,
  styleTitle: (title) => bold(title.replace(/:$/, "").toUpperCase()),
  // The version and the completions are the program's own, not options of each command.
  visibleGlobalOptions(command: Command) {
    return Help.prototype.visibleGlobalOptions
      .call(this, command)
      .filter((option) => option.long !== "--version" && option.long !== "--completions")
  },
  optionDescription(option: Option) {
    const description = Help.prototype.optionDescription.call(this, option)
    return option instanceof RequiredOption ? `${description} (required)` : description
  },
})

/**
 * `text` in lines of at most `width` columns: a long line is broken after its sentences first, then
 * at spaces, each part after the first indented.
 */
export const wrap = (text: string, width = maxHelpWidth, indent = "  "): string =>
  text
    .split("\n")
    .flatMap((line) => (line.length <= width ? [line] : line.split(/(?<=\.) (?=[A-Z(])/)))
    .map((line) => wrapAtSpaces(line, width, indent))
    .join("\n")

const wrapAtSpaces = (text: string, width: number, indent: string): string => {
  if (text.length <= width) return text
  const lines: Array<string> = []
  let line = ""
  for (const word of text.split(" ")) {
    if (line !== "" && line.length + 1 + word.length > width) {
      lines.push(line)
      line = `${indent}${word}`
    } else {
      line = line === "" ? word : `${line} ${word}`
    }
  }
  lines.push(line)
  return lines.join("\n")
}
