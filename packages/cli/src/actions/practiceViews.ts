import { Practice } from "@weerbaar/core"
import { Effect } from "effect"
import { BadInput } from "../cli/errors.js"
import type { Global } from "../cli/global.js"
import type { Output } from "../cli/output.js"
import { idOf } from "../runtime/input.js"
import { onStore } from "../runtime/services.js"
import { table } from "../runtime/table.js"

/** `best-practice show`: a practice's dossier. */
export const showPractice = (global: Global, args: { id: string }) =>
  onStore(
    global.db,
    Effect.gen(function* () {
      const missing = {
        problem: `there is no Best Practice '${args.id}'`,
        next: "`weerbaar best-practice list` lists them",
      }
      const state = yield* (yield* Practice.Practices).practice(
        yield* idOf(Practice.PracticeId, args.id, missing.problem, missing.next),
      )
      if (!state.exists) return yield* new BadInput(missing)
      const { exists: _, ...dossier } = state
      const lineage = Practice.practiceLineage(state)
      const json = {
        ...dossier,
        version: Practice.practiceVersion(state),
        ...(lineage === undefined ? {} : { lineage }),
      }
      return {
        json,
        text: [
          `${state.practiceId} — ${state.description.title} (${state.description.theme})`,
          `status ${state.status}; origin ${state.description.origin}: ${state.description.source}`,
          state.pilotMunicipalities.length === 0
            ? ""
            : `pilot municipalities: ${state.pilotMunicipalities.map((p) => p.municipality).join(", ")}`,
          ...state.evaluations.map(
            (e) => `evaluation ${e.evaluationId} (${e.kind}, ${e.evaluatedOn}): ${e.evidenceLevel}`,
          ),
          state.network === undefined
            ? ""
            : `network agreement: ${state.network.agreement.name}, agreed by ${state.network.agreement.agreedBy} on ${state.network.agreement.agreedOn}; the DVO took note on ${state.network.noted.meetingDate} (${state.network.noted.decisionId})`,
          state.pilotAccord === undefined
            ? ""
            : `pilot accorded by ${state.pilotAccord.accord.bodyName} on ${state.pilotAccord.accord.meetingDate} (${state.pilotAccord.accord.decisionId}) in ${state.pilotAccord.municipalities.join(", ")}`,
          state.accord === undefined ? "" : `accorded by ${state.accord.bodyName} on ${state.accord.meetingDate}`,
          ...(state.related ?? []).map((l) => `linked to ${l.related}: ${l.note}`),
          state.handover === undefined
            ? ""
            : `handed over by ${state.handover.bodyName} on ${state.handover.meetingDate}`,
          state.executionStartedOn === undefined ? "" : `execution started on ${state.executionStartedOn}`,
          ...(lineage === undefined
            ? []
            : [
                `version ${lineage.currentVersion}; from ${lineage.from.programme} (${lineage.from.district}), package sha-256 ${lineage.from.packageDigest}`,
                ...lineage.versions.map(
                  (v) =>
                    `  v${v.version} ${v.on} ${v.by}: ${v.reason}${v.changed.length === 0 ? "" : ` [${v.changed.join(", ")}]`}`,
                ),
              ]),
        ]
          .filter((l) => l !== "")
          .join("\n"),
      } satisfies Output
    }),
  )

/** `best-practice list`: the catalogue. */
export const listPractices = (global: Global) =>
  onStore(
    global.db,
    Effect.gen(function* () {
      const catalogue = yield* (yield* Practice.Practices).catalogue
      const practices = catalogue.map((p) => ({
        practiceId: p.practiceId,
        title: p.description.title,
        theme: p.description.theme,
        status: p.status,
        ...(p.network === undefined ? {} : { network: p.network.agreement.name }),
        version: Practice.practiceVersion(p),
        ...(p.importedFrom === undefined ? {} : { importedFrom: p.importedFrom.programme }),
      }))
      return {
        json: { practices },
        text: table(
          ["practice", "title", "theme", "status", "version", "network agreement"],
          practices.map((p) => [
            p.practiceId,
            p.title,
            p.theme,
            p.status,
            p.importedFrom === undefined ? String(p.version) : `${p.version} (${p.importedFrom})`,
            p.network ?? "",
          ]),
        ),
      } satisfies Output
    }),
  )
