import { Schema } from "effect"
import { OrganisationId, PersonId } from "./Ids.js"

/**
 * A role person ("voorzitter DVO"), belonging to one organisation.
 * @category governance
 */
export class Person extends Schema.Class<Person>("Person")({
  id: PersonId,
  displayName: Schema.NonEmptyTrimmedString,
  organisation: OrganisationId,
}) {}
