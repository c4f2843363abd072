import { parse } from 'csv-parse/sync';
import {
	DISTRICT_KIND_BY_CODE,
	MUNICIPALITY_KIND_BY_CODE,
	REQUIRED_COLUMNS,
	type GvColumn,
	type GvData,
	type GvDistrict,
	type GvMunicipality,
	type RejectedLine,
	type RejectReason
} from './gv-records';

export type GvParseResult =
	| { ok: true; data: GvData; rejected: RejectedLine[]; skipped: number }
	| { ok: false; error: 'empty_file' }
	| { ok: false; error: 'missing_columns'; columns: string[] }
	| { ok: false; error: 'malformed_csv'; line: number };

/** Digits each key part must have; the AGS and ARS are built from these parts, so checking them checks the keys. */
const KEY_PARTS = { land: 2, rb: 1, kreis: 2, vb: 4, gemeinde: 3 } as const;
type KeyPart = keyof typeof KEY_PARTS;
const PARTS_BY_TYPE: Record<string, KeyPart[]> = {
	'10': ['land'],
	'20': ['land', 'rb'],
	'40': ['land', 'rb', 'kreis'],
	'60': ['land', 'rb', 'kreis', 'vb', 'gemeinde']
};
/** Region (30) and Gemeindeverband (50) exist in the file but not in our model. */
const SKIPPED_TYPES = new Set(['30', '50']);
/** Germany with a margin: a centre outside this box is a data error. */
const LAT_RANGE = [46.5, 55.5] as const;
const LON_RANGE = [5.5, 15.5] as const;

class Rejection {
	readonly details: string;
	constructor(
		readonly reason: RejectReason,
		details: string
	) {
		// Details echo the file; a garbage value must not flood the admin page or the terminal.
		this.details = details.length > 120 ? `${details.slice(0, 119)}…` : details;
	}
}

type Row = (column: GvColumn) => string;

/**
 * Parses the Destatis municipality directory extract (see ../shared/data/README.md): UTF-8 with BOM, comma-separated,
 * quoted fields, spaces as thousands separators, decimal comma in coordinates. Pure: text in, records out.
 * A line that cannot be imported is reported with its number and a reason code instead of stopping the import,
 * because the official file is large and one bad line must not block the other 11,000.
 */
export function parseGvCsv(text: string, options: { land?: string } = {}): GvParseResult {
	// The header is checked on its own first, so that any other file (JSON, a spreadsheet export) is named
	// for what it lacks rather than for a CSV syntax error further down.
	const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
	if (firstLine.trim() === '') return { ok: false, error: 'empty_file' };
	let header: string[];
	try {
		header = (parse(firstLine, { relax_quotes: true }) as string[][])[0].map((h) => h.trim().toLowerCase());
	} catch {
		header = [];
	}
	const missing = REQUIRED_COLUMNS.filter((c) => !header.includes(c));
	if (missing.length > 0) return { ok: false, error: 'missing_columns', columns: missing };
	let records: { record: string[]; info: { lines: number } }[];
	try {
		records = parse(text, { bom: true, relax_column_count: true, info: true, skip_empty_lines: true }) as unknown as typeof records;
	} catch (err) {
		return { ok: false, error: 'malformed_csv', line: Number((err as { lines?: number }).lines ?? 0) };
	}
	const index = Object.fromEntries(REQUIRED_COLUMNS.map((c) => [c, header.indexOf(c)])) as Record<GvColumn, number>;

	const data: GvData = { lands: [], regions: [], districts: [], municipalities: [] };
	const rejected: RejectedLine[] = [];
	const seen = new Set<string>();
	const lineOf = new Map<object, number>();
	let skipped = 0;

	for (const { record, info } of records.slice(1)) {
		const line = info.lines;
		try {
			if (record.length !== header.length) throw new Rejection('column_count', `${record.length}/${header.length}`);
			const row: Row = (column) => record[index[column]].trim();
			const type = row('satzart');
			if (SKIPPED_TYPES.has(type)) {
				skipped++;
				continue;
			}
			const parts = PARTS_BY_TYPE[type];
			if (!parts) throw new Rejection('unknown_record_type', `satzart="${type}"`);
			if (options.land && row('land') !== options.land) {
				skipped++;
				continue;
			}
			for (const part of parts) {
				const value = row(part);
				if (value.length !== KEY_PARTS[part] || !/^\d+$/.test(value)) throw new Rejection('invalid_key', `${part}="${value}"`);
			}
			const name = row('gemeindename');
			if (!name) throw new Rejection('missing_name', 'gemeindename');
			// A Gemeinde is identified by its AGS (without the Verband part), the others by all their parts.
			const code = parts.filter((p) => p !== 'vb').map((p) => row(p)).join('');
			const key = `${type}:${code}`;
			if (seen.has(key)) throw new Rejection('duplicate', code);
			const added = toRecord(type, row, name, data);
			seen.add(key);
			if (added) lineOf.set(added, line);
		} catch (err) {
			if (!(err instanceof Rejection)) throw err;
			rejected.push({ line, reason: err.reason, details: err.details });
		}
	}
	const linked = dropOrphans(data, lineOf, rejected);
	rejected.sort((a, b) => a.line - b.line);
	return { ok: true, data: linked, rejected, skipped };
}

/** Adds the record of one line to `data`; throws a Rejection for bad values. */
function toRecord(type: string, row: Row, name: string, data: GvData): object | undefined {
	const land = row('land');
	const regionCode = land + row('rb');
	if (type === '10') {
		const r = { code: land, name };
		data.lands.push(r);
		return r;
	}
	if (type === '20') {
		// RB "0" means "no government regions in this Land"; nothing to create then.
		if (row('rb') === '0') return undefined;
		const r = { code: regionCode, landCode: land, name };
		data.regions.push(r);
		return r;
	}
	if (type === '40') {
		const kind = DISTRICT_KIND_BY_CODE[row('textkennzeichen')];
		if (!kind) throw new Rejection('unknown_kind', `textkennzeichen="${row('textkennzeichen')}"`);
		const r: GvDistrict = { code: regionCode + row('kreis'), landCode: land, regionCode, name, kind };
		data.districts.push(r);
		return r;
	}
	const kind = MUNICIPALITY_KIND_BY_CODE[row('textkennzeichen')];
	if (!kind) throw new Rejection('unknown_kind', `textkennzeichen="${row('textkennzeichen')}"`);
	const uninhabited = kind === 'gemeindefreies_gebiet_bewohnt' || kind === 'gemeindefreies_gebiet_unbewohnt';
	const postalCode = row('postleitzahl');
	if (postalCode && !/^\d{5}$/.test(postalCode)) throw new Rejection('invalid_postal_code', `postleitzahl="${postalCode}"`);
	const districtCode = regionCode + row('kreis');
	const r: GvMunicipality = {
		ags: districtCode + row('gemeinde'),
		ars: districtCode + row('vb') + row('gemeinde'),
		name,
		kind,
		landCode: land,
		regionCode,
		districtCode,
		postalCode: postalCode || null,
		population: integer(row, 'bevoelkerung', uninhabited),
		areaKm2: decimal(row, 'flaeche'),
		...coordinates(row)
	};
	data.municipalities.push(r);
	return r;
}

/** " 621 877" → 621877. Empty is allowed only for gemeindefreie Gebiete, which may have nobody living there. */
function integer(row: Row, column: GvColumn, emptyAllowed: boolean): number | null {
	const raw = row(column).replace(/[\s\u00a0]/g, '');
	if (raw === '' && emptyAllowed) return null;
	if (!/^\d{1,9}$/.test(raw)) throw new Rejection('invalid_number', `${column}="${row(column)}"`);
	return Number(raw);
}

/** Area uses a decimal point ("53.02"). */
function decimal(row: Row, column: GvColumn): number | null {
	const raw = row(column);
	if (raw === '') return null;
	if (!/^\d+(\.\d+)?$/.test(raw)) throw new Rejection('invalid_number', `${column}="${raw}"`);
	return Number(raw);
}

/** "6,780068" → 6.780068. Both empty, or the placeholder "0"/"0" of areas without a centre, mean: no position. */
function coordinates(row: Row): { latitude: number | null; longitude: number | null } {
	const lon = row('laengengrad').replace(',', '.');
	const lat = row('breitengrad').replace(',', '.');
	if ((lon === '' && lat === '') || (Number(lon) === 0 && Number(lat) === 0 && lon !== '' && lat !== '')) {
		return { latitude: null, longitude: null };
	}
	const pattern = /^-?\d+(\.\d+)?$/;
	const details = `laengengrad="${row('laengengrad')}", breitengrad="${row('breitengrad')}"`;
	if (!pattern.test(lon) || !pattern.test(lat)) throw new Rejection('invalid_coordinates', details);
	const latitude = Number(lat);
	const longitude = Number(lon);
	if (latitude < LAT_RANGE[0] || latitude > LAT_RANGE[1] || longitude < LON_RANGE[0] || longitude > LON_RANGE[1]) {
		throw new Rejection('invalid_coordinates', details);
	}
	return { latitude, longitude };
}

/**
 * Every record needs its parents in the same file (the database has foreign keys to Land and Kreis).
 * One exception keeps real data whole: a few gemeindefreie Gebiete belong to no Kreis (Kreis "00", e.g. the
 * coastal waters); for them a district of the same key and name is made, as Hamburg and Berlin have in the file.
 */
function dropOrphans(data: GvData, lineOf: Map<object, number>, rejected: RejectedLine[]): GvData {
	const lands = new Set(data.lands.map((l) => l.code));
	const reject = (r: object, details: string) => {
		rejected.push({ line: lineOf.get(r) ?? 0, reason: 'unknown_parent', details });
		return false;
	};
	const regions = data.regions.filter((r) => lands.has(r.landCode) || reject(r, `land="${r.landCode}"`));
	const districts = data.districts.filter((d) => lands.has(d.landCode) || reject(d, `land="${d.landCode}"`));
	const districtCodes = new Set(districts.map((d) => d.code));
	const municipalities = data.municipalities.filter((m) => {
		if (districtCodes.has(m.districtCode)) return true;
		if (!lands.has(m.landCode)) return reject(m, `land="${m.landCode}"`);
		if (!m.districtCode.endsWith('00')) return reject(m, `kreis="${m.districtCode.slice(3)}"`);
		districts.push({ code: m.districtCode, landCode: m.landCode, regionCode: m.regionCode, name: m.name, kind: 'kreis' });
		districtCodes.add(m.districtCode);
		return true;
	});
	return { lands: data.lands, regions, districts, municipalities };
}
