import { group } from "../cli/spec.js"
import { allowed, governance, model, register } from "./governance.js"
import { handover } from "./handover.js"
import { health } from "./health.js"
import { info } from "./information.js"
import { itemCommands } from "./items.js"
import { besluitenlijst, meeting } from "./meetings.js"
import { programme } from "./programme.js"
import { writtenRound } from "./writtenRounds.js"
import { milestone } from "./milestones.js"
import { bestPractice } from "./practices.js"
import { demo, report } from "./report.js"
import { serve } from "./server.js"
import { key } from "./keys.js"
import { backup, checkpoint, exportLog, importLog, init, rebuild, verify } from "./store.js"
import { token } from "./tokens.js"
import { track } from "./tracks.js"

/** The `weerbaar` command with every subcommand. */
export const commands = group("weerbaar", "weerbaar: the rule book of an integral programme against ondermijning", [
  init,
  governance,
  itemCommands("proposal", "beleidsvoorstel", "policy proposal"),
  itemCommands("assignment", "opdracht", "assignment"),
  itemCommands("plan", "programmaplan", "programme plan"),
  itemCommands("adjustment", "programmabijstelling", "plan adjustment"),
  meeting,
  writtenRound,
  besluitenlijst,
  itemCommands("progress-report", "voortgangsrapportage", "progress report"),
  model,
  allowed,
  bestPractice,
  track,
  milestone,
  handover,
  programme,
  info,
  health,
  register,
  verify,
  checkpoint,
  key,
  exportLog,
  importLog,
  backup,
  rebuild,
  token,
  serve,
  report,
  demo,
])
