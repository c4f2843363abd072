/** The editor form's values: a saved story as strings, or what was typed (kept after a refused save). Pure. */
export type StoryFormValues = Record<string, string | string[]>;

export interface StoryLike {
	title: string;
	slug: string;
	municipalityAgs: string | null;
	year: number;
	topics: string[];
	sdgs: number[];
	teaser: string;
	body: string;
	quotes: { text: string; attribution: string }[];
	consultationId: string | null;
	resultMeasureIds: string[];
	version: number;
}

export function storyValues(s: StoryLike): StoryFormValues {
	return {
		title: s.title,
		slug: s.slug,
		municipalityAgs: s.municipalityAgs ?? '',
		year: String(s.year),
		topics: s.topics,
		sdgs: s.sdgs.map(String),
		teaser: s.teaser,
		body: s.body,
		quoteText: s.quotes.map((q) => q.text),
		quoteAttribution: s.quotes.map((q) => q.attribution),
		consultationId: s.consultationId ?? '',
		resultMeasureIds: s.resultMeasureIds,
		version: String(s.version)
	};
}

export const text = (v: StoryFormValues, k: string) => (typeof v[k] === 'string' ? (v[k] as string) : Array.isArray(v[k]) ? ((v[k] as string[])[0] ?? '') : '');
export const list = (v: StoryFormValues, k: string) => (Array.isArray(v[k]) ? (v[k] as string[]) : typeof v[k] === 'string' && v[k] ? [v[k] as string] : []);

/** Quote rows to show: the saved or typed ones plus two empty rows for new quotes (works without JavaScript). */
export function quoteRows(v: StoryFormValues): { text: string; attribution: string }[] {
	const texts = list(v, 'quoteText');
	const who = list(v, 'quoteAttribution');
	const rows = Array.from({ length: Math.max(texts.length, who.length) }, (_, i) => ({ text: texts[i] ?? '', attribution: who[i] ?? '' })).filter((r) => r.text || r.attribution);
	return [...rows, { text: '', attribution: '' }, { text: '', attribution: '' }];
}
