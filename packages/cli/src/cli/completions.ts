import type { Command } from "commander"

/** The shells `weerbaar --completions` writes a script for. */
export const shells = ["bash", "zsh", "fish"] as const

interface Level {
  /** The subcommand names leading here, `proposal draft`. */
  readonly path: string
  readonly commands: ReadonlyArray<{ readonly name: string; readonly description: string }>
  readonly options: ReadonlyArray<{ readonly flag: string; readonly description: string }>
}

const levelsOf = (command: Command, path: string, inherited: Level["options"]): Array<Level> => {
  const options = [
    ...inherited,
    ...command.options.flatMap((o) => (o.long === undefined ? [] : [{ flag: o.long, description: o.description }])),
  ]
  const commands = command.commands.map((c) => ({ name: c.name(), description: c.description() }))
  return [
    { path, commands, options },
    ...command.commands.flatMap((c) => levelsOf(c, path === "" ? c.name() : `${path} ${c.name()}`, options)),
  ]
}

const quoted = (text: string) => `'${text.replace(/'/g, "'\\''")}'`

// The function that completes: the words typed so far that name subcommands give the level.
const complete = `_weerbaar() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" path="" word
  for word in "\${COMP_WORDS[@]:1:COMP_CWORD-1}"; do
    if [[ " $(_weerbaar_commands "$path") " == *" $word "* ]]; then path="\${path:+$path }$word"; fi
  done
  if [[ "$cur" == -* ]]; then
    COMPREPLY=($(compgen -W "$(_weerbaar_options "$path")" -- "$cur"))
  else
    COMPREPLY=($(compgen -W "$(_weerbaar_commands "$path")" -- "$cur"))
  fi
}`

// bash: each level lists its subcommands and options.
const bash = (levels: ReadonlyArray<Level>) =>
  [
    '# weerbaar completions for bash: eval "$(weerbaar --completions bash)"',
    "_weerbaar_commands() {",
    '  case "$1" in',
    ...levels.map((l) => `    ${quoted(l.path)}) echo ${quoted(l.commands.map((c) => c.name).join(" "))} ;;`),
    "  esac",
    "}",
    "_weerbaar_options() {",
    '  case "$1" in',
    ...levels.map((l) => `    ${quoted(l.path)}) echo ${quoted(l.options.map((o) => o.flag).join(" "))} ;;`),
    "  esac",
    "}",
    complete,
    "complete -o default -F _weerbaar weerbaar",
    "",
  ].join("\n")

// zsh runs the bash script through its bash completion layer.
const zsh = (levels: ReadonlyArray<Level>) =>
  [
    '# weerbaar completions for zsh: eval "$(weerbaar --completions zsh)"',
    "autoload -U +X bashcompinit && bashcompinit",
    bash(levels),
  ].join("\n")

// fish: a subcommand completes where its parent is the last command typed.
const fish = (levels: ReadonlyArray<Level>) => {
  const lines = ["# weerbaar completions for fish: weerbaar --completions fish | source", "complete -c weerbaar -f"]
  for (const level of levels) {
    const last = level.path.split(" ").at(-1) ?? ""
    const children = level.commands.map((c) => c.name).join(" ")
    const here =
      level.path === ""
        ? "__fish_use_subcommand"
        : `__fish_seen_subcommand_from ${last}${children === "" ? "" : `; and not __fish_seen_subcommand_from ${children}`}`
    for (const c of level.commands) {
      lines.push(`complete -c weerbaar -n ${quoted(here)} -a ${quoted(c.name)} -d ${quoted(c.description)}`)
    }
    for (const o of level.options) {
      lines.push(`complete -c weerbaar -n ${quoted(here)} -l ${o.flag.slice(2)} -d ${quoted(o.description)}`)
    }
  }
  return `${lines.join("\n")}\n`
}

/** The completion script of `program` for `shell`: its commands, subcommands and options. */
export const completionScript = (program: Command, shell: (typeof shells)[number]): string => {
  const levels = levelsOf(program, "", [])
  return shell === "bash" ? bash(levels) : shell === "zsh" ? zsh(levels) : fish(levels)
}
