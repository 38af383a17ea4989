// The network at scale: VNON's 79 municipalities × 100 measures = 7,900 tracks, about one million
// events generated in memory (practices registered and in execution; per track its moves along the
// allowed edges, planned dates and maatwerk notes). Timed: core's read models (practiceCatalogue and
// trackOverview, through projectInto) and phasePicture, against a raw loop over the same events that
// counts the same picture. Both must arrive at the same counts.
import { Governance, Practice, Store } from "@weerbaar/core"
import { Either, Option } from "effect"
import { type BenchResult, perSecond, timed } from "./harness.js"

const municipalities = Array.from({ length: 79 }, (_, i) => `gemeente-${String(i + 1).padStart(2, "0")}`)
const measures = Array.from({ length: 100 }, (_, i) => `bp-${String(i + 1).padStart(3, "0")}`)
const targetEvents = 1_000_000
const perTrack = Math.ceil((targetEvents - measures.length * 2) / (municipalities.length * measures.length))
const at = "2017-03-01T10:00:00.000Z"
const path: ReadonlyArray<Practice.TrackPhase> = ["gepland", "pilot", "in_uitvoering", "geborgd"]
const themeOf = (m: number): Governance.Theme => Governance.planThemes[m % Governance.planThemes.length]!.id

const generate = (): ReadonlyArray<Store.StoredEvent> => {
  const events: Array<Store.StoredEvent> = []
  const versions = new Map<string, number>()
  const push = (streamId: string, type: string, payload: Record<string, unknown>) => {
    const version = (versions.get(streamId) ?? 0) + 1
    versions.set(streamId, version)
    events.push({
      position: events.length + 1,
      streamId,
      version,
      type,
      schemaVersion: 1,
      payload: { _tag: type, ...payload } as never,
      metadata: { actor: "bench" },
      recordedAt: at as never,
      hash: "",
    })
  }
  measures.forEach((practiceId, m) => {
    push(`practice-${practiceId}`, "PracticeRegistered", {
      practiceId,
      theme: themeOf(m),
      title: `Maatregel ${m + 1}`,
      description: "Een maatregel in het netwerk.",
      origin: "eigen-ontwikkeling",
      source: "Expertgroep Ondermijning VNON",
      intendedEffects: ["minder ondermijning"],
      registeredBy: "bench",
      at,
    })
    push(`practice-${practiceId}`, "ExecutionStarted", { practiceId, startedBy: "bench", at })
  })
  // Round by round, so that the tracks' events interleave as they would over two years.
  for (let round = 0; round < perTrack; round++) {
    measures.forEach((practiceId, m) => {
      municipalities.forEach((municipality, g) => {
        const track = { practiceId, municipality, theme: themeOf(m) }
        const streamId = `track-${practiceId}-${municipality}`
        const depth = (m + g) % (path.length + 1) // 0 … 4 moves: tracks end in every phase
        if (round < depth) {
          const from = round === 0 ? "geen" : path[round - 1]!
          push(streamId, "TrackMoved", { ...track, from, to: path[round]!, on: "2016-06-01", movedBy: "bench", at })
        } else if (round < depth + 3) {
          const phase = (["pilot", "in_uitvoering", "geborgd"] as const)[round - depth]!
          push(streamId, "TrackPlanned", { ...track, phase, plannedOn: "2017-06-01", plannedBy: "bench", at })
        } else {
          push(streamId, "MaatwerkNoted", { ...track, note: `Notitie ${round}`, notedBy: "bench", at })
        }
      })
    })
  }
  return events
}

/** The same picture by hand: the last phase of every track and the status of every practice. */
const rawPicture = (events: ReadonlyArray<Store.StoredEvent>) => {
  const phases = new Map<string, { theme: string; phase: string }>()
  const statuses = new Map<string, { theme: string; status: string }>()
  for (const event of events) {
    const p = event.payload as Record<string, string>
    switch (event.type) {
      case "TrackMoved": {
        phases.set(`${p.practiceId}/${p.municipality}`, { theme: p.theme!, phase: p.to! })
        break
      }
      case "TrackPlanned":
      case "MaatwerkNoted": {
        const key = `${p.practiceId}/${p.municipality}`
        if (!phases.has(key)) phases.set(key, { theme: p.theme!, phase: "geen" })
        break
      }
      case "PracticeRegistered":
        statuses.set(p.practiceId!, { theme: p.theme!, status: "kandidaat" })
        break
      case "ExecutionStarted": {
        const row = statuses.get(p.practiceId!)
        if (row !== undefined) row.status = "in_uitvoering"
        break
      }
    }
  }
  const tracks: Record<string, number> = {}
  for (const { phase } of phases.values()) if (phase !== "geen") tracks[phase] = (tracks[phase] ?? 0) + 1
  const practices: Record<string, number> = {}
  for (const { status } of statuses.values()) practices[status] = (practices[status] ?? 0) + 1
  return { tracks, practices }
}

const corePicture = (events: ReadonlyArray<Store.StoredEvent>) => {
  const rows = new Map<string, Map<string, unknown>>()
  Store.projectInto(rows, [Practice.practiceCatalogue, Practice.trackOverview], events)
  const catalogue = [...(rows.get(Practice.practiceCatalogue.name)?.values() ?? [])] as Array<Practice.PracticeRow>
  const tracks = [...(rows.get(Practice.trackOverview.name)?.values() ?? [])] as Array<Practice.TrackRow>
  return Practice.phasePicture(
    catalogue.map((p) => ({ theme: p.theme, status: p.status })),
    tracks.map((t) => ({ theme: t.theme, phase: t.phase })),
  )
}

const nonZero = (counts: Readonly<Record<string, number>>) =>
  JSON.stringify(
    Object.entries(counts)
      .filter(([, n]) => n > 0)
      .sort(),
  )

export const run = async (): Promise<BenchResult> => {
  const generatedAt = performance.now()
  const events = generate()
  const generateMs = performance.now() - generatedAt
  // Every kind of generated event decodes as core's events: the bench folds real events.
  for (const type of ["PracticeRegistered", "ExecutionStarted", "TrackMoved", "TrackPlanned", "MaatwerkNoted"]) {
    const sample = events.find((e) => e.type === type)!
    const track = type.startsWith("Track") || type === "MaatwerkNoted"
    const problem = track
      ? Either.getLeft(Practice.trackEventCodec.fromStored(sample))
      : Either.getLeft(Practice.practiceEventCodec.fromStored(sample))
    if (Option.isSome(problem)) throw new Error(problem.value.message)
  }

  // The raw loop once to warm up; the core path is long enough to need none (and is the bounded part).
  let raw = rawPicture(events)
  let core: ReturnType<typeof corePicture> | undefined
  const rawMs = await timed(() => {
    raw = rawPicture(events)
  })
  const coreMs = await timed(() => {
    core = corePicture(events)
  })
  if (core === undefined) throw new Error("the core picture was not computed")
  if (
    nonZero(raw.tracks) !== nonZero(core.overall.tracks) ||
    nonZero(raw.practices) !== nonZero(core.overall.practices)
  ) {
    throw new Error(`the pictures differ: raw ${JSON.stringify(raw)}, core ${JSON.stringify(core.overall)}`)
  }
  return {
    name: "network-scale",
    ratio: rawMs / coreMs,
    goal: 0.05,
    measured: {
      municipalities: municipalities.length,
      measures: measures.length,
      tracks: municipalities.length * measures.length,
      events: events.length,
      "generate s": Number((generateMs / 1000).toFixed(1)),
      "core read models + phasePicture s": Number((coreMs / 1000).toFixed(2)),
      "raw loop s": Number((rawMs / 1000).toFixed(2)),
      "core events/s": perSecond(events.length, coreMs),
      "raw loop events/s": perSecond(events.length, rawMs),
      "active phases": core.overall.active.join(", "),
    },
    note: "core decodes every event through its schemas and keeps full rows (maatwerk, dates); the raw loop reads two fields",
  }
}
