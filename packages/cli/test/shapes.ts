import { Schema } from "effect"

// The JSON shapes documented in packages/cli/README.md, one per command.
const S = Schema.String
const N = Schema.Number
const B = Schema.Boolean
const Event = Schema.Struct({ position: N, streamId: S, type: S })
const Signal = Schema.Struct({ code: S, explanation: S, facts: Schema.Record({ key: S, value: Schema.Unknown }) })
const executed = { streamVersion: N, duplicate: B, events: Schema.Array(Event), signals: Schema.Array(Signal) }

export const shapes = {
  init: Schema.Struct({ db: S, programme: S, district: S, municipalities: N, bodies: N, persons: N, adoptedBy: S }),
  governance: Schema.Struct({
    date: S,
    programme: Schema.Struct({ name: S, district: S, municipalities: Schema.Array(S) }),
    bodies: Schema.Array(
      Schema.Struct({
        id: S,
        name: S,
        level: S,
        members: Schema.Array(Schema.Struct({ person: S, name: S, role: S })),
      }),
    ),
    routes: Schema.Array(
      Schema.Struct({ item: S, steps: Schema.Array(Schema.Struct({ body: S, outcomes: Schema.Array(S) })) }),
    ),
  }),
  itemChanged: Schema.Struct({ itemId: S, status: S, version: N, ...executed }),
  itemShow: Schema.Struct({
    itemId: S,
    kind: S,
    draftingBody: S,
    status: S,
    version: N,
    streamVersion: N,
    content: Schema.Struct({
      title: S,
      description: S,
      budget: Schema.Array(Schema.Struct({ category: S, organisation: S, year: N, amount: N })),
      practices: Schema.Array(S),
    }),
    decisions: Schema.Array(
      Schema.Struct({ decisionId: S, body: S, outcome: S, version: N, meetingDate: S, final: B }),
    ),
  }),
  itemList: Schema.Struct({
    items: Schema.Array(
      Schema.Struct({ itemId: S, kind: S, title: S, status: S, version: N, draftingBody: S, budgetTotal: N }),
    ),
  }),
  allowed: Schema.Struct({
    itemId: S,
    actor: S,
    status: S,
    actions: Schema.Array(
      Schema.Struct({
        action: S,
        label: S,
        allowed: B,
        reasons: Schema.Array(Schema.Struct({ code: S, explanation: S })),
      }),
    ),
  }),
  register: Schema.Struct({
    decisions: Schema.Array(
      Schema.Struct({ identificatie: S, bestuursorgaan: S, datum: S, itemId: S, outcome: S, version: N, final: B }),
    ),
  }),
  health: Schema.Struct({
    date: S,
    signal: Schema.Literal("green", "amber", "red"),
    conditions: Schema.Array(
      Schema.Struct({
        condition: S,
        signal: Schema.Literal("green", "amber", "red"),
        findings: Schema.Array(
          Schema.Struct({
            code: S,
            signal: S,
            explanation: S,
            facts: Schema.Record({ key: S, value: Schema.Unknown }),
          }),
        ),
      }),
    ),
  }),
  practiceList: Schema.Struct({
    practices: Schema.Array(Schema.Struct({ practiceId: S, title: S, theme: S, status: S })),
  }),
  practiceShow: Schema.Struct({ practiceId: S, status: S, description: Schema.Struct({ theme: S, title: S }) }),
  practiceChanged: Schema.Struct({ practiceId: S, status: S, ...executed }),
  trackShow: Schema.Struct({
    practiceId: S,
    tracks: Schema.Array(Schema.Struct({ municipality: S, phase: S, maatwerk: Schema.Array(S) })),
  }),
  agenda: Schema.Struct({
    asOf: S,
    late: Schema.Array(Schema.Struct({ milestoneId: S, title: S, dueDate: S, daysLate: N })),
    upcoming: Schema.Array(Schema.Struct({ milestoneId: S, title: S, dueDate: S, daysLeft: N })),
  }),
  infoList: Schema.Struct({
    products: Schema.Array(
      Schema.Struct({
        productId: S,
        kind: S,
        producer: S,
        scope: S,
        themes: Schema.Array(S),
        classification: S,
        status: S,
        startedOn: S,
        deliveredOn: Schema.optional(S),
        motivates: Schema.Array(S),
        shareableSummaryApprovedOn: Schema.optional(S),
        entitlements: Schema.Array(
          Schema.Struct({ holder: S, purpose: Schema.optional(S), basis: S, from: S, to: Schema.optional(S) }),
        ),
      }),
    ),
  }),
  infoShow: Schema.Struct({
    productId: S,
    classification: S,
    content: Schema.Struct({ title: S, summary: S, documentReference: Schema.optional(S) }),
  }),
  executed: Schema.Struct(executed),
  partConfirmed: Schema.Struct({ itemId: S, organisation: S, ...executed }),
  spendingReported: Schema.Struct({
    itemId: S,
    line: Schema.Struct({ category: S, organisation: S, year: N }),
    amount: N,
    spentOn: S,
    ...executed,
  }),
  verify: Schema.Struct({
    intact: Schema.Literal(true),
    head: Schema.Struct({ position: N, hash: S }),
    events: N,
    checkpoints: N,
    readModelsCompared: Schema.Array(S),
    findings: Schema.Tuple(),
  }),
  exported: Schema.Struct({ file: S, events: N }),
  imported: Schema.Struct({ db: S, events: N }),
  backup: Schema.Struct({ file: S }),
  report: Schema.Struct({ format: S, asOf: S, measures: N, municipalities: N, report: S }),
  demo: Schema.Struct({
    db: S,
    networkDb: S,
    steps: Schema.Array(Schema.Struct({ date: S, text: S })),
    refusals: Schema.Array(Schema.Struct({ shortcut: S, codes: Schema.Array(S) })),
    network: Schema.Array(Schema.Struct({ practiceId: S, status: S })),
  }),
  token: Schema.Struct({ tokenId: S, person: S, token: S }),
  refused: Schema.Struct({
    refused: Schema.Struct({ command: S, violations: Schema.Array(Schema.Struct({ code: S, explanation: S })) }),
    next: S,
  }),
  error: Schema.Struct({ error: Schema.Struct({ kind: S, message: S, next: S }) }),
}
