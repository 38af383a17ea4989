#!/usr/bin/env node
import { calendarDate, renderGovernanceTree, samenWeerbaar } from "@weerbaar/core"

// Until the commands land, the command prints the preset's governance model.
console.log(renderGovernanceTree(samenWeerbaar(), calendarDate(new Date().toISOString().slice(0, 10))))
