import { beforeAll, expect, it } from 'vitest';
import { describeDb } from '../../testing/test-db';
import { createTestMunicipality } from '../../testing/geo-factories';
import { createTestOrganisation } from '../../testing/directory-factories';
import { parseSearchFilters } from './search-filters';
import { searchOrganisations } from './search-organisations';

const KOELN = { ags: '05315000', name: 'Köln', latitude: 50.9375, longitude: 6.9603 };
const LEVERKUSEN = { ags: '05316000', name: 'Leverkusen', latitude: 51.0303, longitude: 6.9843 };
const DUESSELDORF = { ags: '05111000', name: 'Düsseldorf', latitude: 51.2277, longitude: 6.7735 };
const BIELEFELD = { ags: '05711000', name: 'Bielefeld', latitude: 52.0302, longitude: 8.5325 };

describeDb('searchOrganisations', ({ db }) => {
	const search = (query: string) => searchOrganisations(db(), parseSearchFilters(new URLSearchParams(query)));
	const names = async (query: string) => (await search(query)).rows.map((r) => r.name).sort();

	beforeAll(async () => {
		for (const m of [KOELN, LEVERKUSEN, DUESSELDORF, BIELEFELD]) await createTestMunicipality(db(), m);
		const o = (overrides: Parameters<typeof createTestOrganisation>[1]) => createTestOrganisation(db(), overrides);
		await o({
			name: 'Ukrainischer Kulturverein Köln',
			municipalityAgs: KOELN.ags,
			description: 'Kultur, Sprache und Beratung für Familien aus der Ukraine.',
			languages: ['uk', 'ru', 'de'],
			topics: ['festivals-events'],
			sdgs: [4, 10],
			kind: 'migrant_organisation'
		});
		await o({
			name: 'Elternnetzwerk Leverkusen',
			municipalityAgs: LEVERKUSEN.ags,
			description: 'Türkisch-deutsche Elternarbeit, Hausaufgabenhilfe.',
			languages: ['tr', 'de'],
			topics: ['civic-engagement'],
			sdgs: [4],
			kind: 'association'
		});
		await o({
			name: 'Weltladen Düsseldorf',
			municipalityAgs: DUESSELDORF.ags,
			description: 'Fairer Handel und Bildungsarbeit.',
			topics: ['fair-procurement'],
			sdgs: [12],
			kind: 'world_shop'
		});
		await o({
			name: 'Afrikanischer Kulturverein Bielefeld',
			municipalityAgs: BIELEFELD.ags,
			description: 'Trommeln, Tanz und Sensibilisierung für globale Themen.',
			languages: ['fr', 'en', 'de'],
			topics: ['awareness-raising', 'festivals-events'],
			sdgs: [10, 17],
			kind: 'migrant_organisation'
		});
		await o({ name: 'Geheimer Entwurf Köln', municipalityAgs: KOELN.ags, status: 'pending', description: 'Beratung' });
		await o({ name: 'Versteckter Verein Köln', municipalityAgs: KOELN.ags, status: 'hidden' });
	});

	it('finds "Beratung" when searching "Beratungen" (German stemming)', async () => {
		expect(await names('q=Beratungen')).toEqual(['Ukrainischer Kulturverein Köln']);
	});

	it('finds Köln for "Koeln", "Koln", "köln" and "KÖLN"', async () => {
		for (const q of ['Koeln', 'Koln', 'köln', 'KÖLN']) {
			expect(await names(`q=${encodeURIComponent(q)}`), q).toEqual(['Ukrainischer Kulturverein Köln']);
		}
	});

	it('finds a name despite a typo, and a part of a name', async () => {
		expect(await names('q=Weltladn')).toEqual(['Weltladen Düsseldorf']);
		expect(await names('q=Ukrainischr%20Kulturverein')).toEqual(['Ukrainischer Kulturverein Köln']);
		expect(await names('q=netzwerk')).toEqual(['Elternnetzwerk Leverkusen']);
	});

	it('ranks the better text match first', async () => {
		const { rows } = await search('q=Kulturverein');
		expect(rows.map((r) => r.name)).toContain('Afrikanischer Kulturverein Bielefeld');
		expect(rows.every((r) => r.distanceKm === null)).toBe(true);
	});

	it('searches a radius around a municipality: 25 km includes Leverkusen, excludes Bielefeld and Düsseldorf', async () => {
		const { rows, total } = await search(`kommune=${KOELN.ags}&umkreis=25&sortierung=distance`);
		expect(rows.map((r) => r.name)).toEqual(['Ukrainischer Kulturverein Köln', 'Elternnetzwerk Leverkusen']);
		expect(total).toBe(2);
		expect(rows[0].distanceKm).toBeCloseTo(0, 5);
		expect(rows[1].distanceKm).toBeGreaterThan(9);
		expect(rows[1].distanceKm).toBeLessThan(12);
		const wider = await names(`kommune=${KOELN.ags}&umkreis=50`);
		expect(wider).toContain('Weltladen Düsseldorf');
		expect(wider).not.toContain('Afrikanischer Kulturverein Bielefeld');
	});

	it('without a radius, a municipality means entries in that municipality only', async () => {
		expect(await names(`kommune=${LEVERKUSEN.ags}`)).toEqual(['Elternnetzwerk Leverkusen']);
	});

	it('combines filters (AND across filters, OR within one)', async () => {
		expect(await names('sprache=de&thema=festivals-events')).toEqual(['Afrikanischer Kulturverein Bielefeld', 'Ukrainischer Kulturverein Köln']);
		expect(await names('sprache=tr&sprache=fr')).toEqual(['Afrikanischer Kulturverein Bielefeld', 'Elternnetzwerk Leverkusen']);
		expect(await names('sdg=4&art=association')).toEqual(['Elternnetzwerk Leverkusen']);
		expect(await names('sdg=12&sdg=17&q=Kulturverein')).toEqual(['Afrikanischer Kulturverein Bielefeld']);
		expect(await names(`kreis=05711&thema=awareness-raising`)).toEqual(['Afrikanischer Kulturverein Bielefeld']);
		expect(await names(`kommune=${KOELN.ags}&umkreis=25&sprache=tr`)).toEqual(['Elternnetzwerk Leverkusen']);
	});

	it('never finds an entry that is not published', async () => {
		const all = await names('');
		expect(all).toHaveLength(4);
		expect(await names('q=Geheimer')).toEqual([]);
		expect(await names('q=Versteckter')).toEqual([]);
	});

	it('pages with a correct total', async () => {
		const p1 = await searchOrganisations(db(), { ...parseSearchFilters(new URLSearchParams('sortierung=name')), pageSize: 3 });
		const p2 = await searchOrganisations(db(), { ...parseSearchFilters(new URLSearchParams('sortierung=name&seite=2')), pageSize: 3 });
		expect([p1.total, p2.total]).toEqual([4, 4]);
		expect(p1.rows.map((r) => r.name)).toEqual(['Afrikanischer Kulturverein Bielefeld', 'Elternnetzwerk Leverkusen', 'Ukrainischer Kulturverein Köln']);
		expect(p2.rows.map((r) => r.name)).toEqual(['Weltladen Düsseldorf']);
	});

	it('answers hostile or odd text without an error', async () => {
		const hostile = ["'; DROP TABLE organisation; --", '%_\\', 'ä'.repeat(300), 'a\u0000b', '"', '!!!', '&|<->', 'die der das', '(', ' '];
		for (const q of hostile) {
			const params = new URLSearchParams();
			params.set('q', q);
			await expect(search(params.toString()), JSON.stringify(q)).resolves.toBeDefined();
		}
		expect(await names(`q=${encodeURIComponent('%_\\')}`)).toEqual([]);
		expect((await search('')).total).toBe(4); // the table is still there
	});

	it('an unknown municipality as centre gives no results rather than an error', async () => {
		expect((await search('kommune=05999999&umkreis=25')).total).toBe(0);
	});
});
