// Replies sent back as inputs without a cast, as a client generated from
// service/openapi.json (openapi-typescript) must be able to: compiled with
// tsc --strict by tests/contract/run.sh. A reply field typed wider than the
// input it goes back into (a plain string for an enum, a nullable for a
// required value) fails the compilation.
import type { components, paths } from "./api";

type Schemas = components["schemas"];

export function memberBack(member: Schemas["Member"]): Schemas["MemberUpdate"] {
  return { label: member.label, organisation: member.organisation, sector: member.sector,
           role: member.role, active: member.active };
}

export function memberCopy(member: Schemas["Member"]): Schemas["MemberCreate"] {
  return { label: member.label, organisation: member.organisation, sector: member.sector,
           role: member.role };
}

export function partnershipBack(partnership: Schemas["Partnership"]): Schemas["PartnershipUpdate"] {
  return { name: partnership.name, neighbourhood_id: partnership.neighbourhood_id,
           description: partnership.description, contact: partnership.contact };
}

export function partnershipCopy(partnership: Schemas["Partnership"]): Schemas["PartnershipCreate"] {
  return { name: partnership.name, neighbourhood_id: partnership.neighbourhood_id };
}

export function neighbourhoodBack(n: Schemas["Neighbourhood"]): Schemas["NeighbourhoodUpdate"] {
  return { code: n.code, code_year: n.code_year, name: n.name,
           municipality_code: n.municipality_code, ses_score: n.ses_score };
}

export function neighbourhoodCopy(n: Schemas["Neighbourhood"]): Schemas["NeighbourhoodCreate"] {
  return { name: n.name, code: n.code, code_year: n.code_year, ses_score: n.ses_score };
}

export function waveCopy(wave: Schemas["Wave"]): Schemas["WaveInput"] {
  return { label: wave.label, instrument: wave.instrument, opens_at: wave.opens_at,
           closes_at: wave.closes_at, form_scale: wave.form_scale };
}

export function waveBack(wave: Schemas["Wave"]): Schemas["WavePatch"] {
  return { label: wave.label, opens_at: wave.opens_at, closes_at: wave.closes_at };
}

export function responseBack(stored: Schemas["StoredResponse"]): Schemas["ResponseInput"] {
  return { scale: stored.scale, answers: stored.answers_on_scale, comment: stored.comment };
}

export function metricsToken(): Schemas["TokenInput"] {
  return { role: "metrics", label: "prometheus" };
}

// The operations take the new schemas: a POST body without a required
// field does not compile (@ts-expect-error fails if it would).
type MemberPost =
  paths["/v1/partnerships/{id}/members"]["post"]["requestBody"] extends infer B
    ? B extends { content: { "application/json": infer J } } ? J : never : never;
// @ts-expect-error: sector and role are required on creation
export const incomplete: MemberPost = { label: "BW01" };
export const complete: MemberPost = { label: "BW01", sector: "citizen", role: "coproducer" };
// @ts-expect-error: a sector that is not one
export const unknownSector: MemberPost = { label: "BW01", sector: "bakery", role: "coproducer" };
