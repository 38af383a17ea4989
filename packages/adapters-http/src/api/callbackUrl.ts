/** Hosts a callback may reach over plain `http://`: this machine only. @category notifications */
export const loopbackHosts: ReadonlyArray<string> = ["127.0.0.1", "[::1]", "localhost"]

/**
 * Whether a callback URL is one notifications may go to: absolute `https://`, or `http://` to a
 * loopback host (a receiver on the same machine, where nothing travels over a network).
 * @category notifications
 */
export const isSecureCallbackUrl = (url: string): boolean => {
  if (!URL.canParse(url)) return false
  const { protocol, hostname } = new URL(url)
  return protocol === "https:" || (protocol === "http:" && loopbackHosts.includes(hostname.toLowerCase()))
}

/** Why a callback URL is refused. @category notifications */
export const secureCallbackUrlMessage =
  "expected an absolute https URL (http only to a loopback host: 127.0.0.1, ::1 or localhost)"
