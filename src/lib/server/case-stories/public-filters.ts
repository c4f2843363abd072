import { isSizeClass, type SizeClass } from './size-classes';

/** The filters of the public case library, read from the query string (pure, never throws). */
export interface CaseFilters {
	q: string;
	topic: string | null;
	sdg: number | null;
	region: string | null;
	size: SizeClass | null;
	year: number | null;
	page: number;
	pageSize: number;
	/** Names of parameters whose values were not understood and therefore ignored (shown as a note). */
	ignored: string[];
}

export const CASE_PAGE_SIZE = 10;
const MAX_QUERY = 200;

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001F\u007F]/g;

export function parseCaseFilters(params: URLSearchParams): CaseFilters {
	const ignored: string[] = [];
	const read = (name: string) => (params.get(name) ?? '').trim();
	const pick = <T>(name: string, accept: (raw: string) => T | null): T | null => {
		const raw = read(name);
		if (raw === '') return null;
		const value = accept(raw);
		if (value === null) ignored.push(name);
		return value;
	};
	const int = (min: number, max: number) => (raw: string) => {
		if (!/^\d{1,5}$/.test(raw)) return null;
		const n = Number(raw);
		return n >= min && n <= max ? n : null;
	};
	const q = read('q').replace(CONTROL, ' ').slice(0, MAX_QUERY).trim();
	const topic = pick('thema', (raw) => (/^[a-z0-9-]{1,60}$/.test(raw) ? raw : null));
	const sdg = pick('sdg', int(1, 17));
	const region = pick('bezirk', (raw) => (/^\d{3}$/.test(raw) ? raw : null));
	const size = pick('groesse', (raw) => (isSizeClass(raw) ? raw : null));
	const year = pick('jahr', int(1990, 2100));
	const pageRaw = read('seite');
	const page = /^\d{1,6}$/.test(pageRaw) && Number(pageRaw) >= 1 ? Number(pageRaw) : 1;
	return { q, topic, sdg, region, size, year, page, pageSize: CASE_PAGE_SIZE, ignored };
}

/** The query string of a search without the page number (the pagination adds `seite`). */
export function caseFiltersToParams(f: CaseFilters): URLSearchParams {
	const p = new URLSearchParams();
	if (f.q) p.set('q', f.q);
	if (f.topic) p.set('thema', f.topic);
	if (f.sdg) p.set('sdg', String(f.sdg));
	if (f.region) p.set('bezirk', f.region);
	if (f.size) p.set('groesse', f.size);
	if (f.year) p.set('jahr', String(f.year));
	return p;
}
