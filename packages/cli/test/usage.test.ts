import { spawnSync } from "node:child_process"
import * as fs from "node:fs"
import * as path from "node:path"
import { afterAll, describe, expect, it } from "vitest"
import { tempFolder, weerbaar, weerbaarIn } from "./support.js"

const folder = tempFolder()
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }))

// Piped output, as from `weerbaar --help | cat`: no terminal, and no NO_COLOR to lean on.
const piped = (...args: ReadonlyArray<string>) =>
  weerbaarIn({ NO_COLOR: undefined, FORCE_COLOR: undefined }, folder, ...args)

/** The subcommands a help text lists under COMMANDS (`help` itself left out). */
const subcommandsIn = (help: string): Array<string> => {
  const section = help.split(/\n(?=[A-Z ]+\n)/).find((s) => s.startsWith("COMMANDS"))
  if (section === undefined) return []
  return section
    .split("\n")
    .slice(1)
    .flatMap((line) => /^ {2}([a-z-]+)/.exec(line)?.[1] ?? [])
    .filter((name) => name !== "help")
}

/** Every command line that has a help text: the root, the groups and the commands, found through the help. */
const allCommands = (): Array<Array<string>> => {
  const found: Array<Array<string>> = []
  const walk = (command: Array<string>) => {
    found.push(command)
    for (const sub of subcommandsIn(piped(...command, "--help").stdout)) walk([...command, sub])
  }
  walk([])
  return found
}

const optionLine = (help: string, option: string) => help.split("\n").find((l) => l.startsWith(`  ${option} `)) ?? ""

describe("help and usage", () => {
  it("fit in 100 columns and carry no escape codes when piped, on every command", () => {
    const commands = allCommands()
    expect(commands.length).toBeGreaterThan(60)
    for (const command of commands) {
      const help = piped(...command, "--help")
      expect(help.code, `${command.join(" ")}: ${help.stderr}`).toBe(0)
      expect(help.stdout).toContain("USAGE")
      expect(help.stdout, command.join(" ")).not.toContain("\u001b")
      const wide = help.stdout.split("\n").filter((line) => line.length > 100)
      expect(wide, command.join(" ")).toEqual([])
    }
    // One process per command: some 80 of them.
  }, 120_000)

  it("are bold on a terminal that wants colour, and plain with NO_COLOR even then", () => {
    const colour = weerbaarIn({ NO_COLOR: undefined, FORCE_COLOR: "1" }, folder, "proposal", "--help")
    expect(colour.stdout).toContain("\u001b[1mUSAGE")
    const plain = weerbaarIn({ NO_COLOR: "1", FORCE_COLOR: undefined }, folder, "proposal", "--help")
    expect(plain.stdout).toContain("USAGE")
    expect(plain.stdout).not.toContain("\u001b")
  })

  it("show each option's own description and whether it is required", () => {
    const help = piped("proposal", "decide", "--help").stdout
    expect(optionLine(help, "--body <body>")).toContain("the deciding body")
    expect(optionLine(help, "--body <body>")).toContain("(required)")
    expect(optionLine(help, "--rationale <text>")).toContain("why the body decided so")
    expect(optionLine(help, "--rationale <text>")).toContain("(required)")
    expect(optionLine(help, "--remarks <text>")).toContain("remarks (required to return)")
    expect(optionLine(help, "--decision-id <id>")).toContain("the decision's id")
    expect(optionLine(help, "--decision-id <id>")).not.toContain("(required)")
    expect(optionLine(help, "--as <person>")).toContain("the person who acts")
    expect(help).toContain("the item's id")
  })

  it("a mistyped command gets a did-you-mean suggestion, with exit 2", () => {
    const run = piped("propsal", "list")
    expect(run.code).toBe(2)
    expect(run.stderr).toContain("(Did you mean proposal?)")
    expect(run.stderr).toContain("next:")
    const sub = piped("proposal", "lsit")
    expect(sub.code).toBe(2)
    expect(sub.stderr).toContain("(Did you mean list?)")
  })

  it("a mistyped option gets a did-you-mean suggestion, with exit 2", () => {
    const global = piped("proposal", "list", "--jsno")
    expect(global.code).toBe(2)
    expect(global.stderr).toContain("(Did you mean --json?)")
    const own = piped("proposal", "decide", "bv-1", "--body", "dvo", "--outcome", "accord", "--rationle", "x")
    expect(own.code).toBe(2)
    expect(own.stderr).toContain("(Did you mean --rationale?)")
  })

  it("a usage error is JSON too with --json", () => {
    const run = piped("proposal", "list", "--jsno", "--json")
    expect(run.code).toBe(2)
    expect(JSON.parse(run.stdout).error).toMatchObject({
      kind: "UsageError",
      message: expect.stringContaining("--jsno"),
    })
  })

  it("a missing required option is named", () => {
    const run = piped("proposal", "withdraw", "bv-1")
    expect(run.code).toBe(2)
    expect(run.stderr).toContain("--reason")
  })

  it("`help COMMAND` shows that command's help, with exit 0", () => {
    const run = piped("help", "proposal")
    expect(run.code, run.stderr).toBe(0)
    expect(run.stdout).toContain("USAGE weerbaar proposal")
    expect(run.stderr).toBe("")
  })

  it("a group without its subcommand shows its help on stderr and exits 2", () => {
    const run = piped("proposal")
    expect(run.code).toBe(2)
    expect(run.stdout).toBe("")
    expect(run.stderr).toContain("draft")
    expect(run.stderr).toContain("next:")
  })

  it("prints the version", () => {
    const packageJson = JSON.parse(fs.readFileSync(path.join(__dirname, "..", "package.json"), "utf8"))
    expect(weerbaar(folder, "--version").stdout.trim()).toBe(packageJson.version)
  })
})

describe("shell completions", () => {
  // Runs the bash script as bash would on a Tab after `words`.
  const complete = (script: string, words: ReadonlyArray<string>) => {
    const file = path.join(folder, "completions.bash")
    fs.writeFileSync(file, script)
    const line = words.map((w) => `'${w}'`).join(" ")
    const result = spawnSync(
      "bash",
      [
        "-c",
        `source '${file}'; COMP_WORDS=(${line}); COMP_CWORD=${words.length - 1}; _weerbaar; echo "\${COMPREPLY[@]}"`,
      ],
      { encoding: "utf8" },
    )
    return result.stdout.trim().split(/\s+/)
  }

  it("complete commands, subcommands and their options in bash", () => {
    const script = weerbaar(folder, "--completions", "bash")
    expect(script.code).toBe(0)
    expect(complete(script.stdout, ["weerbaar", "pro"])).toEqual(["proposal", "progress-report", "programme"])
    expect(complete(script.stdout, ["weerbaar", "prop"])).toEqual(["proposal"])
    expect(complete(script.stdout, ["weerbaar", "proposal", "d"])).toEqual(["draft", "decide"])
    expect(complete(script.stdout, ["weerbaar", "--db", "x.db", "proposal", "decide", "bv-1", "--ra"])).toEqual([
      "--rationale",
    ])
  })

  it("are given for zsh and fish too", () => {
    expect(weerbaar(folder, "--completions", "zsh").stdout).toContain("bashcompinit")
    expect(weerbaar(folder, "--completions", "fish").stdout).toContain("complete -c weerbaar")
  })
})
