/**
 * Whether JSON text nests arrays and objects deeper than `maxDepth`, found by one loop over the
 * characters: a parser or decoder that recurses never sees such a text.
 * Brackets inside strings do not count; the text need not be valid JSON.
 * @category server
 */
export const nestsDeeperThan = (text: string, maxDepth: number): boolean => {
  let depth = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (inString) {
      if (c === 0x5c)
        i++ // a backslash escapes the next character, also a quote
      else if (c === 0x22) inString = false
    } else if (c === 0x22) inString = true
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > maxDepth) return true
    } else if (c === 0x5d || c === 0x7d) depth--
  }
  return false
}
