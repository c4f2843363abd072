import { describe, expect, it } from 'vitest';
import { entrySchema, ENTRY_ARRAY_FIELDS } from './entry-schema';
import { parseOrgForm } from './entry-form';

function form(overrides: Record<string, string | string[]> = {}) {
	const base: Record<string, string | string[]> = {
		name: 'Afrika-Forum Köln e. V.',
		kind: 'migrant_organisation',
		description: 'Wir organisieren Stadtfeste.',
		languages: ['de', 'fr', 'ti'],
		communities: ['ER', 'SN'],
		topics: ['festivals-events'],
		sdgs: ['4', '10'],
		municipalityAgs: '05315000',
		website: 'https://afrika-forum.example.org',
		contactName: 'Amina Diallo',
		contactEmail: 'Amina@Example.org',
		foundedYear: '1998',
		sizeClass: '10_to_49',
		consentProcessing: 'on',
		...overrides
	};
	const data = new FormData();
	for (const [k, v] of Object.entries(base)) for (const x of Array.isArray(v) ? v : [v]) data.append(k, x);
	return data;
}

const parse = (overrides: Record<string, string | string[]> = {}) => parseOrgForm(entrySchema, form(overrides), ENTRY_ARRAY_FIELDS);

describe('entry schema', () => {
	it('accepts a complete entry and normalises it', () => {
		const r = parse();
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(r.data).toMatchObject({
			contactEmail: 'amina@example.org',
			sdgs: [4, 10],
			foundedYear: 1998,
			consentProcessing: true,
			consentPublishContact: false,
			address: null
		});
	});

	it('accepts only http and https websites', () => {
		expect(parse({ website: 'http://verein.example.de/seite' }).ok).toBe(true);
		for (const website of ['javascript:alert(1)', 'data:text/html,<b>x</b>', 'ftp://example.org', 'www.example.org', 'https://localhost']) {
			const r = parse({ website });
			expect(r.ok, website).toBe(false);
			if (!r.ok) expect(r.errors.website).toBe('Bitte geben Sie eine Web-Adresse an, die mit https:// oder http:// beginnt.');
		}
	});

	it('refuses unknown language and country codes in German', () => {
		const r = parse({ languages: ['de', 'xx'], communities: ['ZZ'] });
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect(r.errors.languages).toBe('Bitte wählen Sie Sprachen aus der Liste.');
		expect(r.errors.communities).toBe('Bitte wählen Sie Länder oder Regionen aus der Liste.');
	});

	it('refuses over-long text and keeps what was typed', () => {
		const r = parse({ description: 'x'.repeat(2001), name: 'n'.repeat(201) });
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect(r.errors.description).toBe('Die Beschreibung darf höchstens 2.000 Zeichen lang sein.');
		expect(r.errors.name).toBe('Der Name darf höchstens 200 Zeichen lang sein.');
		expect(r.values.languages).toEqual(['de', 'fr', 'ti']);
		expect(parse({ description: 'x'.repeat(2000) }).ok).toBe(true);
	});

	it('requires contact, email, municipality and the processing consent', () => {
		const r = parse({ contactName: ' ', contactEmail: 'kaputt@', municipalityAgs: '', consentProcessing: '' });
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect(Object.keys(r.errors).sort()).toEqual(['consentProcessing', 'contactEmail', 'contactName', 'municipalityAgs']);
		expect(r.errors.consentProcessing).toContain('Einwilligung');
	});

	it('checks SDGs, founded year and the size class', () => {
		const year = new Date().getFullYear();
		expect(parse({ sdgs: ['18'] }).ok).toBe(false);
		expect(parse({ sdgs: ['0'] }).ok).toBe(false);
		expect(parse({ sdgs: ['1', '17'] }).ok).toBe(true);
		expect(parse({ foundedYear: '1799' }).ok).toBe(false);
		expect(parse({ foundedYear: '1800' }).ok).toBe(true);
		expect(parse({ foundedYear: String(year) }).ok).toBe(true);
		const r = parse({ foundedYear: String(year + 1) });
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.errors.foundedYear).toBe(`Bitte geben Sie ein Gründungsjahr zwischen 1800 und ${year} an.`);
		expect(parse({ sizeClass: 'huge' }).ok).toBe(false);
		expect(parse({ sizeClass: '' }).ok).toBe(true);
	});
});
