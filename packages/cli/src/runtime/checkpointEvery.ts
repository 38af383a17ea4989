// Apart from the store's services, like the signing key, so that the parser can note the option.

let chosen: number | undefined

/** Why a `--checkpoint-every` or `WEERBAAR_CHECKPOINT_EVERY` value cannot be used. */
export interface CheckpointEveryProblem {
  readonly problem: string
  readonly next: string
}

const parse = (value: string, name: string): number | CheckpointEveryProblem =>
  /^[1-9][0-9]*$/.test(value) && Number.isSafeInteger(Number(value))
    ? Number(value)
    : {
        problem: `${name} '${value}' is not a positive whole number`,
        next: `pass ${name} as how many events may pass at most between signed checkpoints, such as 1000`,
      }

/**
 * Notes how often the store signs its head in this run: `--checkpoint-every`, else
 * `WEERBAAR_CHECKPOINT_EVERY`, else the store's default. Answers the problem of a value that is no
 * positive whole number, naming the option or variable it came from.
 */
export const useCheckpointEvery = (option: string | undefined): CheckpointEveryProblem | undefined => {
  const fromEnvironment = process.env.WEERBAAR_CHECKPOINT_EVERY
  const parsed =
    option !== undefined
      ? parse(option, "--checkpoint-every")
      : fromEnvironment === undefined || fromEnvironment === ""
        ? undefined
        : parse(fromEnvironment, "WEERBAAR_CHECKPOINT_EVERY")
  if (typeof parsed === "object") return parsed
  chosen = parsed
  return undefined
}

/** At most how many events apart the store signs its head in this run, when given. */
export const checkpointEvery = (): number | undefined => chosen
