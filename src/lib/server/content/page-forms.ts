import { z } from 'zod';
import { m } from '$lib/paraglide/messages.js';

export const TITLE_MAX = 200;
export const DESCRIPTION_MAX = 300;
export const BODY_MAX = 50_000;

const version = z.coerce.number({ message: 'page_error_version' }).int('page_error_version').min(1, 'page_error_version');
const text = (max: number, tooLong: string) =>
	z
		.string()
		.optional()
		.transform((v) => (v ?? '').replace(/\r\n/g, '\n').trim())
		.pipe(z.string().max(max, tooLong));

/** The German original of a page: the title is required, everything bounded so that a page stays a page. */
export const pageSchema = z.object({
	version,
	title: text(TITLE_MAX, 'page_error_title_too_long').pipe(z.string().min(1, 'page_error_title_required')),
	description: text(DESCRIPTION_MAX, 'page_error_description_too_long'),
	body: text(BODY_MAX, 'page_error_body_too_long')
});
export type PageFields = Omit<z.infer<typeof pageSchema>, 'version'>;

/** A translation: every field may stay empty, and the German original shows with a note. */
export const translationSchema = z.object({
	version,
	title: text(TITLE_MAX, 'page_error_title_too_long'),
	description: text(DESCRIPTION_MAX, 'page_error_description_too_long'),
	body: text(BODY_MAX, 'page_error_body_too_long')
});

export const PAGE_FIELD_MESSAGES: Record<string, () => string> = {
	page_error_version: m.page_error_stale,
	page_error_title_required: m.page_error_title_required,
	page_error_title_too_long: () => m.page_error_too_long({ max: TITLE_MAX }),
	page_error_description_too_long: () => m.page_error_too_long({ max: DESCRIPTION_MAX }),
	page_error_body_too_long: () => m.page_error_too_long({ max: BODY_MAX })
};
