import { describe, expect, it } from 'vitest';
import { localizeContent } from './localize-content';

const original = { title: 'Stadtfest Bielefeld', body: 'Ein Fest mit Vereinen.' };

describe('localizeContent', () => {
	it('returns the German original for German readers, never as a fallback', () => {
		expect(localizeContent(original, { en: { title: 'City festival' } }, 'de')).toEqual({ values: original, fallback: false });
	});

	it('uses a complete translation without a note', () => {
		const r = localizeContent(original, { tr: { title: 'Bielefeld Şehir Festivali', body: 'Derneklerle bir festival.' } }, 'tr');
		expect(r).toEqual({ values: { title: 'Bielefeld Şehir Festivali', body: 'Derneklerle bir festival.' }, fallback: false });
	});

	it('falls back field by field and flags it when a translation is missing or blank', () => {
		const r = localizeContent(original, { ar: { title: 'مهرجان المدينة', body: '  ' } }, 'ar');
		expect(r.values).toEqual({ title: 'مهرجان المدينة', body: 'Ein Fest mit Vereinen.' });
		expect(r.fallback).toBe(true);
		expect(localizeContent(original, {}, 'uk')).toEqual({ values: original, fallback: true });
	});

	it('does not flag a field that is empty in German as well', () => {
		expect(localizeContent({ title: 'Titel', teaser: '' }, { en: { title: 'Title' } }, 'en').fallback).toBe(false);
	});
});
