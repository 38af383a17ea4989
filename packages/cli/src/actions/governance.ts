import { Governance, Kernel, Programme, Route, Store } from "@weerbaar/core"
import { Effect, Option } from "effect"
import { BadInput } from "../cli/errors.js"
import type { Global } from "../cli/global.js"
import type { Output } from "../cli/output.js"
import { actorOf, idOf, parseDate } from "../runtime/input.js"
import { onStore } from "../runtime/services.js"
import { table } from "../runtime/table.js"

const dateOrToday = (date: Option.Option<string>) =>
  Option.isSome(date)
    ? parseDate(date.value, "--date")
    : Effect.map(
        Effect.flatMap(Programme.ProgrammeRuntime, (r) => r.now),
        (now) => Kernel.dateOf(now) as string,
      )

/** `governance`: levels, bodies and their members on a date, as a tree. */
export const governance = (global: Global, args: { date: Option.Option<string> }) =>
  onStore(
    global.db,
    Effect.gen(function* () {
      const on = Kernel.calendarDate(yield* dateOrToday(args.date))
      const model = yield* (yield* Programme.Programme).modelOn(on)
      const json = {
        date: on,
        // The area as it stands on the date (Rijnwaarden until 2017), the references apart.
        programme: {
          ...Governance.encodeGovernanceModel(model).programme,
          municipalities: Governance.areaOn(model, on),
          referenceMunicipalities: Governance.referenceMunicipalitiesOn(model, on).map((r) => r.id),
        },
        themes: model.themes.map((t) => ({ id: t.id, name: t.name })),
        bodies: model.bodies.map((b) => ({
          id: b.id,
          name: b.name,
          level: b.level,
          ...(b.theme === undefined ? {} : { theme: b.theme }),
          ...(b.area === undefined ? {} : { area: b.area }),
          members: Governance.membersOn(model, b.id, on).map((m) => ({
            person: m.person,
            name: Governance.personName(model, m.person),
            role: m.role,
            ...(m.history === undefined ? {} : { history: m.history }),
          })),
        })),
        liaisons: (model.liaisons ?? []).map((l) => ({
          id: l.id,
          body: l.body,
          members: l.members,
          counterpartBody: l.counterpartBody,
          counterpart: l.counterpart,
          ...(l.subject === undefined ? {} : { subject: l.subject }),
          from: l.from,
          ...(l.to === undefined ? {} : { to: l.to }),
        })),
        routes: model.routes.map((r) => ({
          item: r.item,
          steps: r.steps.map((s) => ({ body: s.body, outcomes: s.outcomes })),
        })),
      }
      return { json, text: Governance.renderGovernanceTree(model, on) } satisfies Output
    }),
  )

const actionJson = (a: Route.AllowedAction, lang: "nl" | "en") => ({
  action: a.action,
  ...(a.body === undefined ? {} : { body: a.body }),
  ...(a.outcome === undefined ? {} : { outcome: a.outcome }),
  ...(a.decision === undefined ? {} : { decision: a.decision }),
  label: a.label[lang],
  allowed: a.allowed,
  reasons: a.reasons.map((r) => ({ code: r.code, explanation: r.explanation[lang] })),
})

/** `allowed`: what `--as` may do now on an item, with the reasons for the rest. */
export const allowed = (global: Global, args: { item: string }) =>
  onStore(
    global.db,
    Effect.gen(function* () {
      const actor = yield* actorOf(global)
      const programme = yield* Programme.Programme
      const problem = `there is no item '${args.item}'`
      const next = "`weerbaar proposal list` lists them"
      const itemId = yield* idOf(Route.ItemId, args.item, problem, next)
      const item = yield* programme.item(itemId)
      if (!item.exists) return yield* new BadInput({ problem, next })
      const actions = (yield* programme.allowedActions(actor, itemId)).map((a) => actionJson(a, global.lang))
      return {
        json: { itemId: args.item, actor, status: item.status, actions },
        text: [
          `${args.item} (${item.status}) — ${actor}:`,
          ...actions.map(
            (a) =>
              `  ${a.allowed ? "✔" : "✘"} ${a.label}${a.allowed ? "" : `\n      ${a.reasons.map((r) => `${r.code}: ${r.explanation}`).join("\n      ")}`}`,
          ),
        ].join("\n"),
      } satisfies Output
    }),
  )

const takenIn = (r: Route.DecisionRegisterRow): string =>
  r.decidedIn === undefined
    ? "meeting"
    : "meetingId" in r.decidedIn
      ? `${r.decidedIn.meetingId} #${r.decidedIn.point}`
      : `round ${r.decidedIn.writtenRoundId}`

const attendanceText = (r: Route.DecisionRegisterRow): string =>
  [
    String(r.attendance.length + r.substitutes.length),
    ...r.substitutes.map((s) => `${s.substitute} for ${s.member}`),
    ...r.recused.map((p) => `${p} recused`),
  ].join("; ")

const votesText = (r: Route.DecisionRegisterRow): string => {
  if (r.votes.length === 0) return ""
  const count = (v: string) => r.votes.filter((x) => x.vote === v).length
  return `${count("for")}-${count("against")}-${count("abstain")}`
}

/** `register`: the decision register (besluitenregister), optionally of one item or body. */
export const register = (global: Global, args: { item: Option.Option<string>; body: Option.Option<string> }) =>
  onStore(
    global.db,
    Effect.gen(function* () {
      const readModels = yield* Store.ReadModelStore
      const where = Object.assign(
        {},
        Option.isSome(args.item) ? { itemId: args.item.value } : {},
        Option.isSome(args.body) ? { bestuursorgaan: args.body.value } : {},
      )
      const rows = Route.decisionsInOrder(yield* Store.queryAll(readModels, Route.decisionRegister, where))
      // Each decision's signals from the signal-register, explained in --lang.
      const signalled = yield* Programme.decisionSignals(readModels)
      const signalsOf = (decision: string) =>
        (signalled.get(decision) ?? []).map((s) => ({
          code: s.code,
          explanation: global.lang === "nl" ? s.explanationNl : s.explanationEn,
        }))
      const decisions = rows.map((r) => ({ ...r, signals: signalsOf(r.identificatie) }))
      return {
        json: { decisions },
        text: [
          table(
            ["date", "decision", "body", "about", "outcome", "taken in", "present", "votes", "status", "signals"],
            decisions.map((r) => [
              r.datum,
              r.identificatie,
              r.bestuursorgaan,
              r.subject === "stuk"
                ? `${r.itemId} v${r.version}${r.pilotMunicipalities === undefined ? "" : ` pilot ${r.pilotMunicipalities.join(", ")}`}`
                : `${r.subject} ${r.itemId}${r.municipality === undefined ? "" : ` ${r.municipality}`}`.trim(),
              r.outcome,
              takenIn(r),
              attendanceText(r),
              votesText(r),
              r.vervaldatum === undefined ? "in force" : `revoked ${r.vervaldatum}`,
              r.signals.map((s) => s.code).join(", "),
            ]),
          ),
          ...decisions.flatMap((r) =>
            r.signals.map(
              (s) =>
                `  ${r.identificatie} ${global.lang === "nl" ? "gesignaleerd" : "signalled"}: ${s.code}: ${s.explanation}`,
            ),
          ),
        ].join("\n"),
      } satisfies Output
    }),
  )
