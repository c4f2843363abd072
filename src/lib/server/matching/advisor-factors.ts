import { TZDate } from '@date-fns/tz';
import { addDays, addMonths, format } from 'date-fns';
import { m } from '$lib/paraglide/messages.js';
import type { Locale } from '$lib/paraglide/runtime.js';
import { distanceKm, type Coordinates } from '$lib/geo/distance';
import { formatDate } from '$lib/format';
import type { ExpertiseLevel, LanguageLevel } from '../db/schema/advisor-profiles';
import {
	ADVISOR_DISTANCE_ZERO_KM,
	DEFAULT_ADVISOR_WEIGHTS,
	DEFAULT_CAPACITY_HOURS,
	HOURS_PER_ASSIGNMENT,
	type AdvisorFactorKey
} from './default-weights';
import { rankCandidates, type FactorDefinition, type MatchingModel, type RankedCandidate, type Weights } from './rank-candidates';

/** What advisor matching knows of one advisor (loaded by load-advisor-candidates.ts). */
export interface AdvisorCandidate {
	id: string;
	name: string;
	/** In the pool (profile flag; an advisor without a profile counts as active). */
	active: boolean;
	deactivated: boolean;
	languages: { code: string; level: LanguageLevel }[];
	topicLevels: Record<string, ExpertiseLevel>;
	sdgLevels: Record<string, ExpertiseLevel>;
	base: Coordinates | null;
	baseName: string | null;
	servedRegions: string[];
	servedDistricts: string[];
	travelRadiusKm: number | null;
	weeklyCapacityHours: number | null;
	/** Blocked periods as YYYY-MM-DD (inclusive); those outside the window may be left out. */
	blockedPeriods: { startsOn: string; endsOn: string }[];
	/** Accepted assignments in other consultations that are still open. */
	openAssignments: number;
	/** Accepted assignments in other consultations of the same client. */
	earlierWithClient: number;
	/** This advisor's membership in this consultation. */
	membership: 'invited' | 'accepted' | 'declined' | null;
	declineReason: string | null;
	/** Reason of a recorded conflict of interest for this consultation. */
	conflict: string | null;
}

/** What the consultation asks for. */
export interface AdvisorNeeds {
	locale: Locale;
	topics: string[];
	sdgs: number[];
	/** Languages of the target communities (ISO 639-1). */
	languages: string[];
	/** Centre of the client; null when it has no coordinates. */
	centre: Coordinates | null;
	clientName: string;
	clientDistrictCode: string | null;
	clientRegionCode: string | null;
	/** Inclusive YYYY-MM-DD dates, see timeframeWindow. */
	window: { from: string; to: string };
	topicNames?: Record<string, string>;
	cutOffKm?: number;
}

export type RankedAdvisor<C extends AdvisorCandidate = AdvisorCandidate> = RankedCandidate<C>;

// ---- timeframe → date window -------------------------------------------------------------------------------

const MONTHS: Record<string, number> = { asap: 1, three_months: 3, six_months: 6, flexible: 12 };

/**
 * The dates in which the consultation should take place, from today in Berlin: "asap" the next month, three or six
 * months, "next_year" the whole next calendar year; "flexible", empty or unknown values the next twelve months.
 */
export function timeframeWindow(timeframe: string, now: Date): { from: string; to: string } {
	const today = new TZDate(now, 'Europe/Berlin');
	if (timeframe === 'next_year') {
		const year = today.getFullYear() + 1;
		return { from: `${year}-01-01`, to: `${year}-12-31` };
	}
	const months = MONTHS[timeframe] ?? 12;
	return { from: format(today, 'yyyy-MM-dd'), to: format(addDays(addMonths(today, months), -1), 'yyyy-MM-dd') };
}

/** Calendar day number of a YYYY-MM-DD date (no time of day, so no time zone is involved). */
const dayNumber = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;

/** Days of the window covered by the blocked periods (overlaps counted once). */
export function blockedDaysInWindow(periods: readonly { startsOn: string; endsOn: string }[], window: { from: string; to: string }) {
	const from = dayNumber(window.from);
	const to = dayNumber(window.to);
	const clipped = periods
		.map((p) => [Math.max(from, dayNumber(p.startsOn)), Math.min(to, dayNumber(p.endsOn))] as const)
		.filter(([s, e]) => e >= s)
		.sort((a, b) => a[0] - b[0]);
	let days = 0;
	let reached = -Infinity;
	for (const [s, e] of clipped) {
		const start = Math.max(s, reached + 1);
		if (e >= start) days += e - start + 1;
		reached = Math.max(reached, e);
	}
	return { blocked: days, total: Math.max(1, to - from + 1) };
}

// ---- factors -----------------------------------------------------------------------------------------------

const EXPERTISE_VALUE: Record<number, number> = { 1: 0.5, 2: 0.75, 3: 1 };
const LANGUAGE_VALUE: Record<LanguageLevel, number> = { native: 1, fluent: 0.9, good: 0.6, basic: 0.3 };

const languageNames = new Map<Locale, Map<string, string>>();
/** Intl.DisplayNames is slow per call; ranking 1,000 advisors asks for the same few names thousands of times. */
function languageName(code: string, locale: Locale): string {
	let names = languageNames.get(locale);
	if (!names) languageNames.set(locale, (names = new Map()));
	let name = names.get(code);
	if (name === undefined) {
		name = new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' }).of(code) ?? code;
		names.set(code, name);
	}
	return name;
}

/** Whether the advisor serves the client: no area stated means anywhere; otherwise district, region or radius. */
export function servesClient(c: AdvisorCandidate, n: AdvisorNeeds, km: number | null): boolean {
	const stated = c.servedDistricts.length > 0 || c.servedRegions.length > 0 || c.travelRadiusKm != null;
	if (!stated) return true;
	if (n.clientDistrictCode && c.servedDistricts.includes(n.clientDistrictCode)) return true;
	if (n.clientRegionCode && c.servedRegions.includes(n.clientRegionCode)) return true;
	return c.travelRadiusKm != null && km != null && km <= c.travelRadiusKm;
}

export const advisorDistanceKm = (c: AdvisorCandidate, n: AdvisorNeeds) => (c.base && n.centre ? distanceKm(c.base, n.centre) : null);

type Factor = FactorDefinition<AdvisorCandidate, AdvisorNeeds> & { key: AdvisorFactorKey };

function buildFactors(locale: Locale): Factor[] {
	const o = { locale };
	const levelName = (level: number) => (level >= 3 ? m.match_level_3({}, o) : level === 2 ? m.match_level_2({}, o) : m.match_level_1({}, o));
	const expertise = (levels: Record<string, ExpertiseLevel>, wanted: readonly string[], label: (k: string) => string) => {
		if (wanted.length === 0) return null;
		const matched = wanted.filter((w) => levels[w]);
		const value = matched.reduce((sum, w) => sum + (EXPERTISE_VALUE[levels[w]] ?? 0), 0) / wanted.length;
		if (matched.length === 0) return { value: 0, explanation: m.match_overlap_none({ wanted: wanted.length }, o) };
		const items = matched.map((w) => `${label(w)} (${levelName(levels[w])})`).join(', ');
		return { value, explanation: m.match_overlap({ matched: matched.length, wanted: wanted.length, items }, o) };
	};
	const languageLevel = (level: LanguageLevel) => m[`match_language_${level}`]({}, o);
	// Formatting a date builds an Intl.DateTimeFormat: do it once per window, not once per advisor.
	let periodKey = '';
	let periodText = { from: '', to: '' };
	const periodOf = (w: { from: string; to: string }) => {
		if (periodKey !== `${w.from}/${w.to}`) {
			periodKey = `${w.from}/${w.to}`;
			periodText = { from: formatDate(w.from, locale), to: formatDate(w.to, locale) };
		}
		return periodText;
	};
	const notAsked = () => m.match_not_asked({}, o);
	return [
		{
			key: 'topics',
			notApplicable: notAsked,
			evaluate: (c, n) => expertise(c.topicLevels, n.topics, (t) => n.topicNames?.[t] ?? t)
		},
		{
			key: 'sdgs',
			notApplicable: notAsked,
			evaluate: (c, n) => expertise(c.sdgLevels, n.sdgs.map(String), (s) => m.match_sdg({ number: s }, o))
		},
		{
			key: 'languages',
			notApplicable: notAsked,
			evaluate(c, n) {
				if (n.languages.length === 0) return null;
				const items: string[] = [];
				const lacking: string[] = [];
				let sum = 0;
				for (const code of n.languages) {
					const level = c.languages.find((l) => l.code === code)?.level;
					if (!level) {
						lacking.push(languageName(code, locale));
						continue;
					}
					sum += LANGUAGE_VALUE[level];
					items.push(`${languageName(code, locale)} (${languageLevel(level)})`);
				}
				const value = sum / n.languages.length;
				const explanation =
					items.length === 0
						? m.match_languages_none({ missing: lacking.join(', ') }, o)
						: lacking.length === 0
							? m.match_languages_all({ items: items.join(', ') }, o)
							: m.match_languages_some({ items: items.join(', '), missing: lacking.join(', ') }, o);
				return { value, explanation };
			}
		},
		{
			key: 'distance',
			notApplicable: () => m.match_distance_no_centre({}, o),
			evaluate(c, n) {
				if (!n.centre) return null;
				const km = advisorDistanceKm(c, n);
				if (km == null) return { value: 0, explanation: m.match_distance_no_base({}, o) };
				const rounded = Math.round(km);
				const cutOff = n.cutOffKm ?? ADVISOR_DISTANCE_ZERO_KM;
				if (!servesClient(c, n, km)) return { value: 0, explanation: m.match_distance_outside_area({ km: rounded }, o) };
				if (km >= cutOff) return { value: 0, explanation: m.match_distance_too_far({ km: rounded, cutOff }, o) };
				return { value: 1 - km / cutOff, explanation: m.match_distance({ km: rounded, base: c.baseName ?? '' }, o) };
			}
		},
		{
			key: 'availability',
			notApplicable: notAsked,
			evaluate(c, n) {
				const period = periodOf(n.window);
				if (c.weeklyCapacityHours === 0) return { value: 0, explanation: m.match_availability_no_capacity({}, o) };
				const { blocked, total } = blockedDaysInWindow(c.blockedPeriods, n.window);
				if (blocked === 0) return { value: 1, explanation: m.match_availability_free(period, o) };
				if (blocked >= total) return { value: 0, explanation: m.match_availability_blocked_all(period, o) };
				return { value: 1 - blocked / total, explanation: m.match_availability_blocked_some({ ...period, days: blocked, total }, o) };
			}
		},
		{
			key: 'workload',
			notApplicable: notAsked,
			evaluate(c) {
				const hours = c.weeklyCapacityHours ?? DEFAULT_CAPACITY_HOURS;
				const slots = hours / HOURS_PER_ASSIGNMENT;
				const value = slots <= 0 ? 0 : Math.max(0, 1 - c.openAssignments / slots);
				const count = c.openAssignments;
				const explanation =
					c.weeklyCapacityHours == null
						? m.match_workload_unknown_capacity({ count }, o)
						: m.match_workload({ count, hours: c.weeklyCapacityHours }, o);
				return { value, explanation };
			}
		},
		{
			// A bonus: without earlier work the factor does not count, so nobody loses points for being new.
			key: 'earlier',
			notApplicable: () => m.match_earlier_none({}, o),
			evaluate: (c, n) => (c.earlierWithClient > 0 ? { value: 1, explanation: m.match_earlier({ count: c.earlierWithClient, client: n.clientName }, o) } : null)
		}
	];
}

/** Why the advisor must not be proposed: the strongest reason first. */
function exclusionReason(c: AdvisorCandidate, locale: Locale): string | undefined {
	const o = { locale };
	if (c.deactivated) return m.match_excluded_deactivated({}, o);
	if (!c.active) return m.match_excluded_inactive({}, o);
	if (c.conflict != null) return m.match_excluded_conflict({ reason: c.conflict }, o);
	if (c.membership === 'accepted') return m.match_excluded_accepted({}, o);
	if (c.membership === 'invited') return m.match_excluded_invited({}, o);
	if (c.membership === 'declined')
		return c.declineReason?.trim() ? m.match_excluded_declined_reason({ reason: c.declineReason.trim() }, o) : m.match_excluded_declined({}, o);
	return undefined;
}

const models = new Map<Locale, MatchingModel<AdvisorCandidate, AdvisorNeeds>>();
export function advisorModel(locale: Locale): MatchingModel<AdvisorCandidate, AdvisorNeeds> {
	let model = models.get(locale);
	if (!model) {
		model = { factors: buildFactors(locale), exclude: (c) => exclusionReason(c, locale), identify: (c) => ({ id: c.id, name: c.name }) };
		models.set(locale, model);
	}
	return model;
}

/** Pure: every advisor ranked for the consultation, excluded ones after the others with their reason. */
export function rankAdvisors<C extends AdvisorCandidate>(candidates: readonly C[], needs: AdvisorNeeds, weights: Weights = DEFAULT_ADVISOR_WEIGHTS): RankedAdvisor<C>[] {
	return rankCandidates<C, AdvisorNeeds>(candidates, needs, weights, advisorModel(needs.locale) as MatchingModel<C, AdvisorNeeds>);
}

/** The score as people read it: "82 von 100". */
export const scorePoints = (score: number) => Math.round(Math.min(1, Math.max(0, score)) * 100);

/** Whether the advisor is within reach of the client: serves it and is nearer than the cut-off. */
function withinReach(c: AdvisorCandidate, n: AdvisorNeeds): boolean {
	const km = advisorDistanceKm(c, n);
	return km != null && km < (n.cutOffKm ?? ADVISOR_DISTANCE_ZERO_KM) && servesClient(c, n, km);
}

/**
 * Sentences that say which need no proposable advisor meets ("Niemand spricht Tigrinya im Umkreis von 100 km."),
 * so that a coordinator knows why the list holds no good fit. Empty when every need is met by someone.
 */
export function explainNobodyFits(ranked: readonly RankedAdvisor[], needs: AdvisorNeeds): string[] {
	const o = { locale: needs.locale };
	const pool = ranked.filter((r) => !r.excluded).map((r) => r.candidate);
	if (ranked.length === 0) return [m.match_gap_no_advisors({}, o)];
	if (pool.length === 0) return [m.match_gap_all_excluded({}, o)];
	const cutOff = needs.cutOffKm ?? ADVISOR_DISTANCE_ZERO_KM;
	const sentences: string[] = [];
	for (const code of needs.languages) {
		const language = languageName(code, needs.locale);
		const speakers = pool.filter((c) => c.languages.some((l) => l.code === code));
		if (speakers.length === 0) sentences.push(m.match_gap_language({ language }, o));
		else if (needs.centre && !speakers.some((c) => withinReach(c, needs))) sentences.push(m.match_gap_language_near({ language, km: cutOff }, o));
	}
	for (const t of needs.topics) {
		if (!pool.some((c) => c.topicLevels[t])) sentences.push(m.match_gap_topic({ topic: needs.topicNames?.[t] ?? t }, o));
	}
	for (const s of needs.sdgs) {
		if (!pool.some((c) => c.sdgLevels[String(s)])) sentences.push(m.match_gap_sdg({ number: s }, o));
	}
	if (needs.centre && !pool.some((c) => withinReach(c, needs))) sentences.push(m.match_gap_distance({ km: cutOff, client: needs.clientName }, o));
	const free = (c: AdvisorCandidate) => c.weeklyCapacityHours !== 0 && blockedDaysInWindow(c.blockedPeriods, needs.window).blocked < blockedDaysInWindow([], needs.window).total;
	if (!pool.some(free)) {
		sentences.push(m.match_gap_availability({ from: formatDate(needs.window.from, needs.locale), to: formatDate(needs.window.to, needs.locale) }, o));
	}
	return sentences;
}
