import { describe, expect, it } from 'vitest';
import { presentContentPage } from './present-page';
import { pageSchema, translationSchema } from './page-forms';

const page = {
	key: 'angebot',
	title: 'Unser Angebot',
	description: 'Kostenfrei.',
	body: 'Hallo <script>alert(1)</script> [klick](javascript:alert(1))',
	translations: { en: { title: 'What we offer', description: 'Free.', body: 'Hello' } }
};

describe('presentContentPage', () => {
	it('renders the body inert and in German for German readers', () => {
		const p = presentContentPage(page, 'de');
		expect(p.html).not.toMatch(/<script|href="javascript/i);
		expect(p).toMatchObject({ title: 'Unser Angebot', fallback: false, titleLang: 'de', bodyLang: 'de' });
	});

	it('uses the translation, or German with the fallback flag and lang="de" where it is missing', () => {
		expect(presentContentPage(page, 'en')).toMatchObject({ title: 'What we offer', html: '<p>Hello</p>\n', fallback: false, titleLang: 'en', bodyLang: 'en' });
		expect(presentContentPage(page, 'tr')).toMatchObject({ title: 'Unser Angebot', fallback: true, titleLang: 'de', bodyLang: 'de' });
	});

	it('keeps Leichte Sprache German without a translation note', () => {
		const easy = presentContentPage({ ...page, key: 'leichte-sprache-kontakt' }, 'ar');
		expect(easy).toMatchObject({ title: 'Unser Angebot', fallback: false, germanOnly: true, titleLang: 'de' });
	});
});

describe('page forms', () => {
	it('requires a title and bounds the lengths', () => {
		expect(pageSchema.safeParse({ version: '3', title: '  ', body: '' }).error?.issues[0].message).toBe('page_error_title_required');
		expect(pageSchema.safeParse({ version: '3', title: 'x'.repeat(201) }).error?.issues[0].message).toBe('page_error_title_too_long');
		expect(pageSchema.safeParse({ version: '3', title: 'T', description: 'd'.repeat(301) }).error?.issues[0].message).toBe('page_error_description_too_long');
		expect(pageSchema.safeParse({ version: 'x', title: 'T' }).success).toBe(false);
		expect(pageSchema.parse({ version: '3', title: ' Titel ', body: 'a\r\nb' })).toEqual({ version: 3, title: 'Titel', description: '', body: 'a\nb' });
	});

	it('lets every translation field stay empty', () => {
		expect(translationSchema.parse({ version: '1' })).toEqual({ version: 1, title: '', description: '', body: '' });
	});
});
