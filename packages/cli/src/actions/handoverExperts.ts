import { readFile } from "node:fs/promises"
import { type Governance, Handover, Kernel, Programme } from "@weerbaar/core"
import { Effect, Either } from "effect"
import { BadInput } from "../cli/errors.js"
import type { Global } from "../cli/global.js"
import type { Output } from "../cli/output.js"
import { actorOf, parseDate } from "../runtime/input.js"
import { onStore } from "../runtime/services.js"
import { table } from "../runtime/table.js"

const readPackage = (file: string) =>
  Effect.gen(function* () {
    const text = yield* Effect.tryPromise({
      try: () => readFile(file, "utf8"),
      catch: () => new BadInput({ problem: `cannot read '${file}'`, next: "name the package file" }),
    })
    const input = yield* Effect.try({
      try: () => JSON.parse(text) as unknown,
      catch: () => new BadInput({ problem: `'${file}' is not JSON`, next: "name the package file" }),
    })
    const checked = Handover.verifyHandoverPackage(input)
    return Either.isLeft(checked) ? yield* checked.left : checked.right
  })

const periodText = (p: Handover.ExpertGroupPeriod) => `${p.bodyName} ${p.role} ${p.from}–${p.to ?? ""}`

/** `handover experts FILE`: the members of the programme's expert groups the package carries. */
export const experts = (_global: Global, args: { file: string }) =>
  Effect.gen(function* () {
    const pkg = yield* readPackage(args.file)
    const list = pkg.content.experts ?? []
    return {
      json: { handoverId: pkg.content.handoverId, packageVersion: pkg.packageVersion, experts: list },
      text:
        list.length === 0
          ? `package ${pkg.content.handoverId} (version ${pkg.packageVersion}) carries no expert group members`
          : table(
              ["person", "name", "organisation", "expert groups"],
              list.map((e) => [e.person, e.name, e.organisationName, e.memberships.map(periodText).join("; ")]),
            ),
    } satisfies Output
  })

/**
 * `handover join FILE --person --body --from`: a member of the programme's expert groups joins the
 * network's expert group with their history, as a change of memberships by `--as`.
 */
export const join = (
  global: Global,
  args: { file: string; person: string; body: string; role: Governance.Role; from: string },
) =>
  onStore(
    global.db,
    Effect.gen(function* () {
      const actor = yield* actorOf(global)
      const from = Kernel.calendarDate(yield* parseDate(args.from, "--from"))
      const pkg = yield* readPackage(args.file)
      const programme = yield* Programme.Programme
      const model = yield* programme.model
      const joined = Handover.withJoinedExpert(model, {
        package: pkg,
        person: args.person,
        body: args.body,
        role: args.role,
        from,
      })
      if (Either.isLeft(joined)) return yield* joined.left
      yield* programme.adoptModel(joined.right, actor)
      const adopted = (yield* programme.versions).at(-1)!
      const seat = adopted.model.memberships.find(
        (m) => m.person === args.person && m.body === args.body && m.from === from,
      )
      const history = seat?.history
      return {
        json: {
          person: args.person,
          body: args.body,
          role: args.role,
          from,
          version: adopted.version,
          ...(history === undefined ? {} : { history }),
        },
        text: [
          `${args.person} joins ${args.body} as ${args.role} from ${from} (rule book version ${adopted.version}, lidmaatschappen)`,
          ...(history === undefined
            ? []
            : [
                `history in ${history.programme} (${history.district}), package sha-256 ${history.packageDigest}:`,
                ...history.memberships.map((p) => `  ${periodText(p)}`),
              ]),
        ].join("\n"),
      } satisfies Output
    }),
  )
