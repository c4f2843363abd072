import { describe, expect, it } from 'vitest';
import { parseProfileForm, readProfileForm, type ProfileReference } from './profile-schema';

const ref: ProfileReference = {
	topics: new Set(['fair-procurement', 'agenda-2030']),
	municipalities: new Set(['05711000', '05315000']),
	regions: new Set(['051', '057']),
	districts: new Set(['05711', '05754'])
};

function form(fields: Record<string, string | string[]>): FormData {
	const data = new FormData();
	if (!('version' in fields)) data.set('version', '0');
	for (const [k, v] of Object.entries(fields)) for (const x of Array.isArray(v) ? v : [v]) data.append(k, x);
	return data;
}

describe('profile form', () => {
	it('accepts a full profile and turns it into typed values', () => {
		const result = parseProfileForm(
			form({
				bio: '  Ich berate Kommunen zu fairer Beschaffung. ',
				background: 'Aufgewachsen in Accra und Bielefeld.',
				backgroundConsent: 'yes',
				publicTeam: 'yes',
				lang_code_0: 'tw',
				lang_level_0: 'native',
				lang_code_1: '',
				lang_level_1: '',
				lang_code_2: 'de',
				lang_level_2: 'fluent',
				'topic_fair-procurement': '3',
				'topic_agenda-2030': '',
				sdg_12: '2',
				formats: ['workshop', 'online', 'workshop'],
				baseAgs: '05711000',
				servedRegions: ['057'],
				servedDistricts: ['05754'],
				travelRadiusKm: '80',
				weeklyCapacityHours: '12',
				version: '4'
			}),
			ref
		);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.data).toMatchObject({
			bio: 'Ich berate Kommunen zu fairer Beschaffung.',
			backgroundConsent: true,
			publicTeam: true,
			languages: [
				{ code: 'tw', level: 'native' },
				{ code: 'de', level: 'fluent' }
			],
			topicLevels: { 'fair-procurement': 3 },
			sdgLevels: { '12': 2 },
			formats: ['workshop', 'online'],
			baseAgs: '05711000',
			servedRegions: ['057'],
			servedDistricts: ['05754'],
			travelRadiusKm: 80,
			weeklyCapacityHours: 12,
			version: 4
		});
	});

	it('accepts an empty profile: everything is optional', () => {
		const result = parseProfileForm(form({}), ref);
		expect(result.ok && result.data).toMatchObject({ languages: [], baseAgs: null, travelRadiusKm: null, weeklyCapacityHours: null, backgroundConsent: false, publicTeam: false });
	});

	it('names the field of every problem in German and keeps the input', () => {
		const result = parseProfileForm(
			form({
				bio: 'x'.repeat(601),
				background: 'Meine Familie kommt aus Eritrea.',
				lang_code_0: 'ti',
				lang_level_0: '',
				lang_code_3: 'ti',
				lang_level_3: 'good',
				lang_code_4: 'xx',
				lang_level_4: 'good',
				lang_code_5: '',
				lang_level_5: 'basic',
				'topic_fair-procurement': '4',
				sdg_12: '0',
				formats: ['zirkus'],
				baseAgs: '09162000',
				servedRegions: ['999'],
				servedDistricts: ['05999'],
				travelRadiusKm: '501',
				weeklyCapacityHours: '-1'
			}),
			ref
		);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.errors).toEqual({
			backgroundConsent: expect.stringMatching(/nur mit Ihrer Einwilligung/),
			bio: 'Die Kurzvorstellung darf höchstens 600 Zeichen lang sein.',
			lang_level_0: 'Bitte wählen Sie aus, wie gut Sie diese Sprache sprechen.',
			lang_code_3: 'Diese Sprache steht bereits in einer anderen Zeile.',
			lang_code_4: 'Diese Sprache kennen wir nicht. Bitte wählen Sie eine aus der Liste.',
			lang_code_5: 'Bitte wählen Sie die Sprache zu diesem Niveau aus.',
			'topic_fair-procurement': 'Bitte wählen Sie eine Stufe von 1 bis 3.',
			sdg_12: 'Bitte wählen Sie eine Stufe von 1 bis 3.',
			formats: 'Bitte wählen Sie nur Formate aus der Liste.',
			baseAgs: 'Diese Gemeinde kennen wir nicht. Bitte wählen Sie eine aus der Liste.',
			servedRegions: 'Bitte wählen Sie nur Regierungsbezirke aus der Liste.',
			servedDistricts: 'Bitte wählen Sie nur Kreise und kreisfreie Städte aus der Liste.',
			travelRadiusKm: 'Bitte geben Sie den Reiseradius als ganze Zahl von 0 bis 500 Kilometern an.',
			weeklyCapacityHours: 'Bitte geben Sie die Stunden pro Woche als ganze Zahl von 0 bis 60 an.'
		});
		expect(result.values.bio).toBe('x'.repeat(601));
		expect(result.values.formats).toEqual(['zirkus']);
		expect(result.values.servedRegions).toEqual(['999']);
	});

	it('refuses a background without consent, a radius without base, unknown topics and SDGs', () => {
		const result = parseProfileForm(form({ background: 'Text', travelRadiusKm: '20', topic_unbekannt: '2', sdg_18: '1' }), ref);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(Object.keys(result.errors).sort()).toEqual(['backgroundConsent', 'sdgs', 'topics', 'travelRadiusKm']);
		expect(result.errors.backgroundConsent).toMatch(/nur mit Ihrer Einwilligung/);
		expect(result.errors.travelRadiusKm).toMatch(/braucht einen Standort/);
	});

	it('refuses a malformed version and too many languages', () => {
		const fields: Record<string, string> = { version: 'abc' };
		const codes = ['de', 'en', 'fr', 'tr', 'ar', 'fa', 'ru', 'pl', 'pt', 'sw', 'ti', 'it', 'es', 'nl', 'uk', 'el'];
		codes.forEach((c, i) => {
			fields[`lang_code_${i}`] = c;
			fields[`lang_level_${i}`] = 'good';
		});
		const result = parseProfileForm(form(fields), ref);
		expect(!result.ok && result.errors).toMatchObject({ version: expect.stringMatching(/inzwischen/), languages: 'Bitte geben Sie höchstens 15 Sprachen an.' });
	});

	it('drops control characters while reading', () => {
		expect(readProfileForm(form({ bio: 'a\u0000b\nc' })).bio).toBe('ab\nc');
	});
});
