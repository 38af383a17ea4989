// Apart from the errors (which need effect), so that parsing and usage errors load nothing more.

/** How the process ends: 0 done, 1 refused by a rule, 2 bad input or usage. */
export const exitCodes = { done: 0, refused: 1, badInput: 2 } as const
