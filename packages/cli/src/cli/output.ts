/** What a command produced: the JSON document for scripts and the text for people. */
export interface Output {
  readonly json: unknown
  readonly text: string
}

/** Prints an output in the mode asked for. */
export const print = (output: Output, json: boolean): void => {
  if (json) process.stdout.write(`${JSON.stringify(output.json, null, 2)}\n`)
  else if (output.text !== "") process.stdout.write(output.text.endsWith("\n") ? output.text : `${output.text}\n`)
}
