import { STATES, type ConsultationState } from './lifecycle';

export interface ConsultationFilters {
	q: string;
	state: ConsultationState | null;
	topic: string | null;
	sdg: number | null;
	district: string | null;
	region: string | null;
	advisor: string | null;
	year: number | null;
}

/** URL parameter of each filter (German, like the paths). */
export const FILTER_PARAMS = {
	q: 'q',
	state: 'status',
	topic: 'thema',
	sdg: 'sdg',
	district: 'kreis',
	region: 'bezirk',
	advisor: 'beratung',
	year: 'jahr'
} as const satisfies Record<keyof ConsultationFilters, string>;

const SLUG = /^[a-z0-9-]{1,60}$/;
const CODE = /^[0-9]{3,5}$/;
const ID = /^[A-Za-z0-9_-]{1,64}$/;

/** Pure: reads the filters from the query string and never fails; unknown or malformed values are dropped. */
export function parseConsultationFilters(params: URLSearchParams): ConsultationFilters {
	const get = (k: keyof ConsultationFilters) => (params.get(FILTER_PARAMS[k]) ?? '').trim();
	// eslint-disable-next-line no-control-regex
	const q = get('q').replace(/[\u0000-\u001F\u007F]/g, '').slice(0, 100);
	const state = get('state');
	const sdg = Number(get('sdg'));
	const year = Number(get('year'));
	const match = (v: string, re: RegExp) => (re.test(v) ? v : null);
	return {
		q,
		state: (STATES as readonly string[]).includes(state) ? (state as ConsultationState) : null,
		topic: match(get('topic'), SLUG),
		sdg: Number.isInteger(sdg) && sdg >= 1 && sdg <= 17 ? sdg : null,
		district: match(get('district'), CODE),
		region: match(get('region'), CODE),
		advisor: match(get('advisor'), ID),
		year: Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : null
	};
}

/** The query string of a set of filters (empty ones left out), for pagination and view links. */
export function filtersToParams(f: ConsultationFilters): URLSearchParams {
	const p = new URLSearchParams();
	for (const [key, name] of Object.entries(FILTER_PARAMS) as [keyof ConsultationFilters, string][]) {
		const v = f[key];
		if (v !== null && v !== '') p.set(name, String(v));
	}
	return p;
}
