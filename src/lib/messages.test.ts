import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The message files themselves: every translation belongs to a German message and keeps its placeholders, so a
 * translated text can never lose "{date}" or invent "{datum}". German and English are complete; Turkish, Arabic
 * and Ukrainian cover the public pages (the back office falls back to German there).
 */
const dir = path.resolve(import.meta.dirname, '../../messages');
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
const load = (f: string): Record<string, string> => JSON.parse(readFileSync(path.join(dir, f), 'utf8'));
const areaOf = (f: string) => f.replace(/(^|\.)(de|en|tr|ar|uk)\.json$/, '') || '(main)';
const germanFile = (f: string) => f.replace(/(^|\.)(en|tr|ar|uk)\.json$/, '$1de.json');
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message files', () => {
	const translations = files.filter((f) => !/(^|\.)de\.json$/.test(f));

	it.each(translations)('%s only has keys of its German file, with the same placeholders and no empty text', (f) => {
		const german = load(germanFile(f));
		const translated = load(f);
		for (const [key, text] of Object.entries(translated)) {
			if (key === '$schema') continue;
			expect(german, `${f}: ${key} has no German original`).toHaveProperty(key);
			expect(typeof text, `${f}: ${key}`).toBe('string');
			expect(text.trim(), `${f}: ${key} is empty`).not.toBe('');
			expect(placeholders(text), `${f}: ${key}`).toEqual(placeholders(german[key]));
		}
	});

	it.each(files.filter((f) => /(^|\.)de\.json$/.test(f)))('%s has a complete English file', (f) => {
		const english = load(f.replace(/de\.json$/, 'en.json'));
		const missing = Object.keys(load(f)).filter((k) => !(k in english));
		expect(missing, `${areaOf(f)}: missing in English`).toEqual([]);
	});

	// The public site in Turkish, Arabic and Ukrainian: whole areas, and the main file without back-office texts
	// and the old page texts that moved into editable content.
	const PUBLIC_AREAS = ['requests', 'reference', 'directory', 'organisations'];
	const NOT_PUBLIC = /^(offer|about|easy|app|users|user|outbox|settings|audit|feedback)_/;
	it.each(['tr', 'ar', 'uk'])('covers every public text in %s', (locale) => {
		const missing = (german: string, translated: string, skip?: RegExp) =>
			Object.keys(load(german)).filter((k) => k !== '$schema' && !skip?.test(k) && !(k in load(translated)));
		expect(missing('de.json', `${locale}.json`, NOT_PUBLIC)).toEqual([]);
		for (const area of PUBLIC_AREAS) expect(missing(`${area}.de.json`, `${area}.${locale}.json`), area).toEqual([]);
	});
});
