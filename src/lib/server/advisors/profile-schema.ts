import { z } from 'zod';
import { m } from '$lib/paraglide/messages.js';
import { isLanguageCode } from '$lib/reference/languages';
import { LANGUAGE_LEVELS, type ExpertiseLevel, type LanguageLevel } from '../db/schema/advisor-profiles';
import { fieldMessage, formValues, type FieldErrors, type FormValues } from '../forms';

/*
 * The advisor profile form as pure functions: the posted fields are gathered into one object (readProfileForm),
 * checked by a zod schema built over the reference data that exists (topics, municipalities, regions,
 * districts), and problems become messages at the field that caused them. Nothing here touches the database.
 */

export const MAX_BIO = 600;
export const MAX_BACKGROUND = 2_000;
export const MAX_RADIUS_KM = 500;
export const MAX_CAPACITY_HOURS = 60;
export const MAX_LANGUAGES = 15;
/** Formats an advisor offers; the first five are the request form's desired formats (request-rules.ts). */
export const ADVISOR_FORMATS = ['dialogforum', 'workshop', 'fachtag', 'networking', 'festival', 'online'] as const;
export type AdvisorFormat = (typeof ADVISOR_FORMATS)[number];
export const EXPERTISE_LEVELS = ['1', '2', '3'] as const;
export const PROFILE_ARRAY_FIELDS = ['formats', 'servedRegions', 'servedDistricts'];

export interface ProfileReference {
	topics: ReadonlySet<string>;
	municipalities: ReadonlySet<string>;
	regions: ReadonlySet<string>;
	districts: ReadonlySet<string>;
}

export interface RawProfile {
	bio: string;
	background: string;
	backgroundConsent: string;
	publicTeam: string;
	/** Filled rows of the language table; `row` names the form fields (lang_code_<row>, lang_level_<row>). */
	languages: { row: number; code: string; level: string }[];
	topicLevels: Record<string, string>;
	sdgLevels: Record<string, string>;
	formats: string[];
	baseAgs: string;
	servedRegions: string[];
	servedDistricts: string[];
	travelRadiusKm: string;
	weeklyCapacityHours: string;
	version: string;
}

// eslint-disable-next-line no-control-regex
const clean = (v: FormDataEntryValue | null) => (typeof v === 'string' ? v.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '') : '');

/** Gathers the posted fields; empty level choices and empty language rows are left out. */
export function readProfileForm(data: FormData): RawProfile {
	const raw: RawProfile = {
		bio: clean(data.get('bio')),
		background: clean(data.get('background')),
		backgroundConsent: clean(data.get('backgroundConsent')),
		publicTeam: clean(data.get('publicTeam')),
		languages: [],
		topicLevels: {},
		sdgLevels: {},
		formats: data.getAll('formats').map(clean),
		baseAgs: clean(data.get('baseAgs')).trim(),
		servedRegions: data.getAll('servedRegions').map(clean),
		servedDistricts: data.getAll('servedDistricts').map(clean),
		travelRadiusKm: clean(data.get('travelRadiusKm')).trim(),
		weeklyCapacityHours: clean(data.get('weeklyCapacityHours')).trim(),
		version: clean(data.get('version'))
	};
	for (const key of new Set(data.keys())) {
		const value = clean(data.get(key)).trim();
		let match: RegExpExecArray | null;
		if ((match = /^lang_code_(\d{1,2})$/.exec(key))) {
			const row = Number(match[1]);
			const level = clean(data.get(`lang_level_${row}`)).trim();
			if (value || level) raw.languages.push({ row, code: value, level });
		} else if ((match = /^lang_level_(\d{1,2})$/.exec(key)) && !data.has(`lang_code_${match[1]}`) && value) {
			raw.languages.push({ row: Number(match[1]), code: '', level: value });
		} else if ((match = /^topic_(.{1,100})$/.exec(key)) && value) {
			raw.topicLevels[match[1]] = value;
		} else if ((match = /^sdg_(\d{1,2})$/.exec(key)) && value) {
			raw.sdgLevels[match[1]] = value;
		}
	}
	raw.languages.sort((a, b) => a.row - b.row);
	return raw;
}

const level = z.enum(EXPERTISE_LEVELS, { error: 'adv_error_level' }).transform((v) => Number(v) as ExpertiseLevel);

function optionalWhole(max: number, code: string) {
	return z.string().transform((v, ctx) => {
		if (v === '') return null;
		const n = /^\d{1,4}$/.test(v) ? Number(v) : NaN;
		if (!(n >= 0 && n <= max)) {
			ctx.addIssue({ code: 'custom', message: code });
			return z.NEVER;
		}
		return n;
	});
}

export function profileSchema(ref: ProfileReference, raw: RawProfile) {
	const codes = (set: ReadonlySet<string>, code: string) => z.array(z.string()).refine((xs) => xs.every((x) => set.has(x)), code).transform((xs) => [...new Set(xs)]);
	return z
		.object({
			bio: z.string().trim().max(MAX_BIO, 'adv_error_bio_too_long'),
			background: z.string().trim().max(MAX_BACKGROUND, 'adv_error_background_too_long'),
			backgroundConsent: z.string().transform((v) => v === 'yes'),
			publicTeam: z.string().transform((v) => v === 'yes'),
			languages: z
				.array(
					z.object({
						row: z.number(),
						code: z.string().min(1, 'adv_error_language_required').refine(isLanguageCode, 'adv_error_language_invalid'),
						level: z.enum(LANGUAGE_LEVELS, { error: 'adv_error_language_level' })
					})
				)
				.max(MAX_LANGUAGES, 'adv_error_languages_too_many')
				.transform((rows) => rows.map(({ code, level }) => ({ code, level: level as LanguageLevel }))),
			topicLevels: z.record(z.string(), level).superRefine((levels, ctx) => {
				if (Object.keys(levels).some((slug) => !ref.topics.has(slug))) ctx.addIssue({ code: 'custom', message: 'adv_error_topic_unknown', path: ['*'] });
			}),
			sdgLevels: z.record(z.string().regex(/^(?:[1-9]|1[0-7])$/, 'adv_error_sdg_unknown'), level),
			formats: z.array(z.enum(ADVISOR_FORMATS, { error: 'adv_error_format' })).transform((xs) => [...new Set(xs)]),
			baseAgs: z
				.string()
				.refine((v) => v === '' || ref.municipalities.has(v), 'adv_error_base_unknown')
				.transform((v) => v || null),
			servedRegions: codes(ref.regions, 'adv_error_region_unknown'),
			servedDistricts: codes(ref.districts, 'adv_error_district_unknown'),
			travelRadiusKm: optionalWhole(MAX_RADIUS_KM, 'adv_error_radius'),
			weeklyCapacityHours: optionalWhole(MAX_CAPACITY_HOURS, 'adv_error_capacity'),
			version: z.string().regex(/^\d{1,9}$/, 'adv_error_stale').transform(Number)
		})
		.superRefine((_, ctx) => {
			for (const issue of crossFieldIssues(raw)) ctx.addIssue({ code: 'custom', ...issue });
		});
}

/**
 * Rules across fields, checked on the raw input so that they are reported together with the fields' own
 * problems (zod skips an object's refinements once a field failed).
 */
export function crossFieldIssues(raw: RawProfile): { message: string; path: (string | number)[] }[] {
	const issues: { message: string; path: (string | number)[] }[] = [];
	const seen = new Set<string>();
	raw.languages.forEach((row, i) => {
		if (row.code && seen.has(row.code)) issues.push({ message: 'adv_error_language_duplicate', path: ['languages', i, 'code'] });
		seen.add(row.code);
	});
	if (raw.background.trim() && raw.backgroundConsent !== 'yes') issues.push({ message: 'adv_error_background_consent', path: ['backgroundConsent'] });
	if (raw.travelRadiusKm && !raw.baseAgs) issues.push({ message: 'adv_error_radius_needs_base', path: ['travelRadiusKm'] });
	return issues;
}

export type ProfileInput = z.infer<ReturnType<typeof profileSchema>>;


export const ADVISOR_MESSAGES: Record<string, () => string> = {
	adv_error_bio_too_long: () => m.adv_error_bio_too_long({ max: MAX_BIO }),
	adv_error_background_too_long: () => m.adv_error_background_too_long({ max: MAX_BACKGROUND }),
	adv_error_background_consent: m.adv_error_background_consent,
	adv_error_language_required: m.adv_error_language_required,
	adv_error_language_invalid: m.adv_error_language_invalid,
	adv_error_language_level: m.adv_error_language_level,
	adv_error_language_duplicate: m.adv_error_language_duplicate,
	adv_error_languages_too_many: () => m.adv_error_languages_too_many({ max: MAX_LANGUAGES }),
	adv_error_level: m.adv_error_level,
	adv_error_topic_unknown: m.adv_error_topic_unknown,
	adv_error_sdg_unknown: m.adv_error_sdg_unknown,
	adv_error_format: m.adv_error_format,
	adv_error_base_unknown: m.adv_error_base_unknown,
	adv_error_region_unknown: m.adv_error_region_unknown,
	adv_error_district_unknown: m.adv_error_district_unknown,
	adv_error_radius: () => m.adv_error_radius({ max: MAX_RADIUS_KM }),
	adv_error_radius_needs_base: m.adv_error_radius_needs_base,
	adv_error_capacity: () => m.adv_error_capacity({ max: MAX_CAPACITY_HOURS }),
	adv_error_stale: m.adv_error_stale
};

/** The form field (and element id) an issue belongs to, so the error summary links to it. */
function fieldOf(raw: RawProfile, path: readonly PropertyKey[]): string {
	const [head, key, sub] = path;
	if (head === 'languages') {
		const row = typeof key === 'number' ? raw.languages[key]?.row : undefined;
		return row === undefined ? 'languages' : `lang_${sub === 'level' ? 'level' : 'code'}_${row}`;
	}
	if (head === 'topicLevels') return key === '*' || key === undefined ? 'topics' : `topic_${String(key)}`;
	if (head === 'sdgLevels') return /^(?:[1-9]|1[0-7])$/.test(String(key)) ? `sdg_${String(key)}` : 'sdgs';
	if (head === 'baseAgs') return 'baseAgs';
	return String(head ?? '_form');
}

export type ProfileParseResult = { ok: true; data: ProfileInput } | { ok: false; errors: FieldErrors; values: FormValues };

export function parseProfileForm(data: FormData, ref: ProfileReference): ProfileParseResult {
	const raw = readProfileForm(data);
	const result = profileSchema(ref, raw).safeParse(raw);
	if (result.success) return { ok: true, data: result.data };
	const errors: FieldErrors = {};
	for (const issue of [...result.error.issues, ...crossFieldIssues(raw).map((i) => ({ ...i, code: 'custom' }))]) {
		const field = fieldOf(raw, issue.path);
		errors[field] ??= ADVISOR_MESSAGES[issue.message]?.() ?? fieldMessage(issue.code === 'too_big' ? 'text_too_long' : 'text_required');
	}
	const values = formValues(data);
	for (const key of PROFILE_ARRAY_FIELDS) if (!Array.isArray(values[key])) values[key] = values[key] ? [values[key] as string] : [];
	return { ok: false, errors, values };
}
