import { describe, expect, it } from 'vitest';
import { appPathInLocale, isPublicLocale, rememberedHome } from './language-choice';

describe('language choice', () => {
	it('knows the five public languages and nothing else', () => {
		for (const l of ['de', 'en', 'tr', 'ar', 'uk']) expect(isPublicLocale(l)).toBe(true);
		for (const l of ['fr', '', undefined, 'AR', 'de-DE']) expect(isPublicLocale(l)).toBe(false);
	});

	it('brings a visitor who chose a language back to its home page, only at the bare home page', () => {
		expect(rememberedHome('/', 'tr')).toBe('/tr');
		expect(rememberedHome('/', 'ar')).toBe('/ar');
		// A German choice, no choice or a forged value: German stays.
		expect(rememberedHome('/', 'de')).toBeNull();
		expect(rememberedHome('/', undefined)).toBeNull();
		expect(rememberedHome('/', '//evil.example')).toBeNull();
		// Any other German URL was chosen by whoever wrote the link: the URL wins.
		expect(rememberedHome('/angebot', 'tr')).toBeNull();
	});

	it('keeps the back office in German and English', () => {
		expect(appPathInLocale('tr', '/app/beratungen')).toBe(true);
		expect(appPathInLocale('ar', '/app')).toBe(true);
		expect(appPathInLocale('en', '/app/beratungen')).toBe(false);
		expect(appPathInLocale('de', '/app')).toBe(false);
		expect(appPathInLocale('uk', '/apparat')).toBe(false);
		expect(appPathInLocale('uk', '/anfrage')).toBe(false);
	});
});
