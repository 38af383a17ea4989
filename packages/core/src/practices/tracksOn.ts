import type { AreaView } from "../governance/area.js"
import { successorOn } from "../governance/area.js"
import type { CalendarDate } from "../kernel/CalendarDate.js"

/**
 * The tracks as they stand on `date` after municipal mergers: each track is shown under the
 * municipality that continues its own on that date ({@link successorOn}), so Rijnwaarden's tracks
 * count as Zevenaar's from 2018-01-01. Where the successor has a track of the same measure of its
 * own, that one stands and the predecessor's is left out; otherwise the predecessor's track
 * continues as the successor's. Before the merger every track stands as recorded.
 *
 * @example
 * ```ts
 * tracksOn(samenWeerbaar(), rows, calendarDate("2018-06-01")) // Rijnwaarden's rows now say zevenaar
 * ```
 * @category tracks
 */
export const tracksOn = <T extends { readonly practiceId: string; readonly municipality: string }>(
  model: AreaView,
  tracks: ReadonlyArray<T>,
  date: CalendarDate,
): ReadonlyArray<T> => {
  const own = new Set(tracks.map((t) => `${t.practiceId}|${t.municipality}`))
  const taken = new Set<string>()
  const result: Array<T> = []
  for (const track of tracks) {
    const successor = successorOn(model, track.municipality, date)
    if (successor === track.municipality) {
      result.push(track)
      continue
    }
    const key = `${track.practiceId}|${successor}`
    if (own.has(key) || taken.has(key)) continue
    taken.add(key)
    result.push({ ...track, municipality: successor })
  }
  return result
}
