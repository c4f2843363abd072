import { z } from 'zod';
import { m } from '$lib/paraglide/messages.js';
import { PUBLIC_LOCALES } from '$lib/locales';
import type { CaseStoryQuote } from '../db/schema/case-stories';
import { SLUG_PATTERN } from './slug';

/*
 * The editor's forms (pure zod). Issue messages are codes; CASE_FIELD_MESSAGES turns them into sentences (pass it to
 * parseForm as `messages`). Quotes come as two parallel lists (text, attribution) so that the form works without
 * JavaScript: the page shows the saved quotes plus empty rows, and empty rows are dropped here.
 */

export const TITLE_MAX = 200;
export const TEASER_MAX = 600;
export const BODY_MAX = 40_000;
export const QUOTE_MAX = 1000;
export const ATTRIBUTION_MAX = 200;
export const ALT_MAX = 300;
export const CAPTION_MAX = 300;

export const CASE_FIELD_MESSAGES: Record<string, () => string> = {
	case_error_title_required: m.case_error_title_required,
	case_error_title_too_long: m.case_error_title_too_long,
	case_error_slug_invalid: m.case_error_slug_invalid,
	case_error_municipality_unknown: m.case_error_municipality_unknown,
	case_error_year_invalid: m.case_error_year_invalid,
	case_error_topic_unknown: m.case_error_topic_unknown,
	case_error_sdg_invalid: m.case_error_sdg_invalid,
	case_error_teaser_too_long: m.case_error_teaser_too_long,
	case_error_body_too_long: m.case_error_body_too_long,
	case_error_quote_too_long: m.case_error_quote_too_long,
	case_error_quote_incomplete: m.case_error_quote_incomplete,
	case_error_consultation_unknown: m.case_error_consultation_unknown,
	case_error_measure_invalid: m.case_error_measure_invalid,
	case_error_stale: m.case_error_stale,
	case_error_alt_required: m.case_error_alt_required,
	case_error_alt_too_long: m.case_error_alt_too_long,
	case_error_caption_too_long: m.case_error_caption_too_long,
	case_error_consent_text_required: m.case_error_consent_text_required,
	case_error_consent_choice: m.case_error_consent_choice,
	case_error_status_invalid: m.case_error_status_invalid
};

export interface StoryOptions {
	topics: readonly string[];
	municipalities: ReadonlySet<string>;
	consultations: ReadonlySet<string>;
}

const version = z.string().regex(/^\d{1,9}$/, 'case_error_stale').transform(Number);

export function storySchema(options: StoryOptions) {
	return z
		.object({
			title: z.string().trim().min(1, 'case_error_title_required').max(TITLE_MAX, 'case_error_title_too_long'),
			slug: z
				.string()
				.trim()
				.toLowerCase()
				.default('')
				.refine((v) => v === '' || (v.length <= 80 && SLUG_PATTERN.test(v)), 'case_error_slug_invalid'),
			municipalityAgs: z
				.string()
				.default('')
				.refine((v) => v === '' || options.municipalities.has(v), 'case_error_municipality_unknown')
				.transform((v) => v || null),
			year: z
				.string()
				.trim()
				.regex(/^\d{4}$/, 'case_error_year_invalid')
				.transform(Number)
				.refine((y) => y >= 1990 && y <= 2100, 'case_error_year_invalid'),
			topics: z.array(z.string().refine((t) => options.topics.includes(t), 'case_error_topic_unknown')).transform((l) => [...new Set(l)]),
			sdgs: z
				.array(z.string().regex(/^([1-9]|1[0-7])$/, 'case_error_sdg_invalid').transform(Number))
				.transform((list) => [...new Set(list)].sort((a, b) => a - b)),
			teaser: z.string().trim().max(TEASER_MAX, 'case_error_teaser_too_long').default(''),
			body: z.string().max(BODY_MAX, 'case_error_body_too_long').default(''),
			quoteText: z.array(z.string().trim().max(QUOTE_MAX, 'case_error_quote_too_long')),
			quoteAttribution: z.array(z.string().trim().max(ATTRIBUTION_MAX, 'case_error_quote_too_long')),
			consultationId: z
				.string()
				.default('')
				.refine((v) => v === '' || options.consultations.has(v), 'case_error_consultation_unknown')
				.transform((v) => v || null),
			resultMeasureIds: z.array(z.string().uuid('case_error_measure_invalid')).transform((l) => [...new Set(l)]),
			version: z.string().default('0').pipe(version)
		})
		.superRefine((v, ctx) => {
			const rows = Math.max(v.quoteText.length, v.quoteAttribution.length);
			for (let i = 0; i < rows; i++) {
				const text = v.quoteText[i] ?? '';
				const who = v.quoteAttribution[i] ?? '';
				if (text === '' && who !== '') ctx.addIssue({ code: 'custom', message: 'case_error_quote_incomplete', path: ['quoteText'] });
			}
		})
		.transform(({ quoteText, quoteAttribution, ...rest }) => ({ ...rest, quotes: zipQuotes(quoteText, quoteAttribution) }));
}

export type StoryInput = z.infer<ReturnType<typeof storySchema>>;
export type StoryFields = Omit<StoryInput, 'version'>;

/** Quote rows with a text; an attribution without text is refused by the schema, a blank row dropped. */
export function zipQuotes(texts: readonly string[], attributions: readonly string[]): CaseStoryQuote[] {
	return texts.flatMap((text, i) => (text.trim() ? [{ text: text.trim(), attribution: (attributions[i] ?? '').trim() }] : []));
}

export const TRANSLATION_LOCALES = PUBLIC_LOCALES.filter((l) => l !== 'de');
export type TranslationLocale = (typeof TRANSLATION_LOCALES)[number];
export function isTranslationLocale(value: string): value is TranslationLocale {
	return (TRANSLATION_LOCALES as readonly string[]).includes(value);
}

export const translationSchema = z.object({
	title: z.string().trim().max(TITLE_MAX, 'case_error_title_too_long').default(''),
	teaser: z.string().trim().max(TEASER_MAX, 'case_error_teaser_too_long').default(''),
	body: z.string().max(BODY_MAX, 'case_error_body_too_long').default(''),
	/** Alt texts of the images, as `alt-<imageId>` fields; read separately by the route. */
	version
});

export const imageMetaSchema = z.object({
	alt: z.string().trim().min(1, 'case_error_alt_required').max(ALT_MAX, 'case_error_alt_too_long'),
	caption: z.string().trim().max(CAPTION_MAX, 'case_error_caption_too_long').default('')
});

export const consentSchema = z.object({
	granted: z.enum(['yes', 'no'], { message: 'case_error_consent_choice' }).transform((v) => v === 'yes'),
	textVersion: z.string().trim().min(1, 'case_error_consent_text_required').max(200, 'case_error_consent_text_required')
});

export const statusSchema = z.object({
	to: z.enum(['draft', 'review', 'published', 'archived'], { message: 'case_error_status_invalid' }),
	version
});

/** The multi-value fields of the story form (read with getAll by parseForm). */
export const STORY_ARRAYS = ['topics', 'sdgs', 'quoteText', 'quoteAttribution', 'resultMeasureIds'];

/** The story schema for the choices the editor offered (listEditorOptions). */
export function storySchemaFor(options: { topics: { value: string }[]; municipalities: { ags: string }[]; consultations: { id: string }[] }) {
	return storySchema({
		topics: options.topics.map((t) => t.value),
		municipalities: new Set(options.municipalities.map((x) => x.ags)),
		consultations: new Set(options.consultations.map((c) => c.id))
	});
}
