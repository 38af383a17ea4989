// Apart from the store's services, so that the parser can note the option without loading them.

let chosen: string | undefined

/** Notes the `--signing-key` file of this run; without one, `WEERBAAR_SIGNING_KEY_FILE` counts. */
export const useSigningKeyFile = (file: string | undefined): void => {
  chosen = file
}

/** The file of the operator's private signing key for this run, if any. */
export const signingKeyFile = (): string | undefined => {
  const fromEnvironment = process.env.WEERBAAR_SIGNING_KEY_FILE
  return chosen ?? (fromEnvironment === undefined || fromEnvironment === "" ? undefined : fromEnvironment)
}
