import { Schema } from "effect"

// The brand is a type parameter so each id keeps its own literal brand: with `brand: string` every
// id would be `string & Brand<string>` and a person would pass where a body is expected.
const slug = <B extends string>(brand: B, description: string) =>
  Schema.String.pipe(
    Schema.pattern(/^[a-z0-9][a-z0-9._-]{0,63}$/, {
      message: () => `expected a ${description} id: lowercase letters, digits, '.', '_' or '-' (at most 64)`,
    }),
    Schema.brand(brand),
    Schema.annotations({ identifier: brand, description: `Identifier of a ${description}` }),
  )

/** Identifier of an organisation (a gemeente, the OM, the police, …). @category governance */
export const OrganisationId = slug("OrganisationId", "organisation")
/** @category governance */
export type OrganisationId = typeof OrganisationId.Type

/** Identifier of a role person ("voorzitter-dvo"). @category governance */
export const PersonId = slug("PersonId", "person")
/** @category governance */
export type PersonId = typeof PersonId.Type

/** Identifier of a body (DVO, Stuurgroep, an expert group, …). @category governance */
export const BodyId = slug("BodyId", "body")
/** @category governance */
export type BodyId = typeof BodyId.Type

/**
 * A municipality's code in the CBS register, `GM` and four digits (Arnhem is `GM0202`).
 * @category governance
 */
export const CbsCode = Schema.String.pipe(
  Schema.pattern(/^GM\d{4}$/, { message: () => "expected a CBS municipality code: GM and four digits" }),
  Schema.brand("CbsCode"),
  Schema.annotations({ identifier: "CbsCode", description: "CBS municipality code, e.g. GM0202" }),
)
/** @category governance */
export type CbsCode = typeof CbsCode.Type
