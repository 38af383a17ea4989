import { JSONSchema } from "effect"
import { GovernanceModel } from "./GovernanceModel.js"
import { HandoverPackage } from "../handover/HandoverPackage.js"

/**
 * The JSON Schemas of the documents weerbaar exchanges, by file name: what another district or
 * VNON validates its own files against — the governance model and the handover package (whose
 * digest is beyond JSON Schema; {@link Handover.verifyHandoverPackage} checks it). The checks across references (every id resolves, every
 * expert group has a trekker, …) are beyond JSON Schema; {@link decodeGovernanceModel} applies them.
 * @category governance
 */
export const jsonSchemas = (): Record<string, object> => ({
  "governance-model": { ...JSONSchema.make(GovernanceModel), $id: "urn:weerbaar:schema:governance-model" },
  "handover-package": { ...JSONSchema.make(HandoverPackage), $id: "urn:weerbaar:schema:handover-package" },
})
