import type { DistrictKind, MunicipalityKind } from '../db/schema';

/**
 * The records of the Destatis Gemeindeverzeichnis (GV-ISys "Auszug GV") as the importer needs them.
 * Shared by the parser, the importer, the CLI and the admin page; pure types and tables, no I/O.
 */
export interface GvLand {
	code: string;
	name: string;
}

export interface GvRegion {
	code: string; // Land (2) + RB (1)
	landCode: string;
	name: string;
}

export interface GvDistrict {
	code: string; // Land (2) + RB (1) + Kreis (2)
	landCode: string;
	regionCode: string;
	name: string;
	kind: DistrictKind;
}

export interface GvMunicipality {
	ags: string;
	ars: string;
	name: string;
	kind: MunicipalityKind;
	landCode: string;
	regionCode: string;
	districtCode: string;
	postalCode: string | null;
	population: number | null;
	areaKm2: number | null;
	latitude: number | null;
	longitude: number | null;
}

export interface GvData {
	lands: GvLand[];
	regions: GvRegion[];
	districts: GvDistrict[];
	municipalities: GvMunicipality[];
}

/**
 * Why a line was not imported. A code rather than a sentence: the admin page translates it (German first),
 * the CLI prints it in English. `details` carries the offending column and value, never a sentence.
 */
export const REJECT_REASONS = [
	'column_count',
	'unknown_record_type',
	'invalid_key',
	'unknown_kind',
	'missing_name',
	'invalid_number',
	'invalid_coordinates',
	'invalid_postal_code',
	'duplicate',
	'unknown_parent'
] as const;
export type RejectReason = (typeof REJECT_REASONS)[number];

export interface RejectedLine {
	line: number;
	reason: RejectReason;
	details: string;
}

/** textkennzeichen of record type 40. */
export const DISTRICT_KIND_BY_CODE: Record<string, DistrictKind> = {
	'41': 'kreisfreie_stadt',
	'42': 'stadtkreis',
	'43': 'kreis',
	'44': 'landkreis',
	'45': 'regionalverband'
};

/** textkennzeichen of record type 60. */
export const MUNICIPALITY_KIND_BY_CODE: Record<string, MunicipalityKind> = {
	'60': 'markt',
	'61': 'kreisfreie_stadt',
	'62': 'stadtkreis',
	'63': 'stadt',
	'64': 'gemeinde',
	'65': 'gemeindefreies_gebiet_bewohnt',
	'66': 'gemeindefreies_gebiet_unbewohnt',
	'67': 'grosse_kreisstadt'
};

/** Columns the parser reads; a file without any of them is of another format. */
export const REQUIRED_COLUMNS = [
	'satzart',
	'textkennzeichen',
	'land',
	'rb',
	'kreis',
	'vb',
	'gemeinde',
	'gemeindename',
	'flaeche',
	'bevoelkerung',
	'postleitzahl',
	'laengengrad',
	'breitengrad'
] as const;
export type GvColumn = (typeof REQUIRED_COLUMNS)[number];

/** English explanations for operator output (CLI); the web page uses the message files instead. */
export const REJECT_REASON_TEXT: Record<RejectReason, string> = {
	column_count: 'wrong number of columns',
	unknown_record_type: 'unknown record type (satzart)',
	invalid_key: 'key part malformed',
	unknown_kind: 'unknown textkennzeichen',
	missing_name: 'name missing',
	invalid_number: 'number malformed',
	invalid_coordinates: 'coordinates malformed or outside Germany',
	invalid_postal_code: 'postal code malformed',
	duplicate: 'key appears twice',
	unknown_parent: 'parent (Land or Kreis) missing from the file'
};
