import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { municipality, organisation } from '../db/schema';
import { seedDemoMunicipalities } from '../seed/demo-municipalities';
import { describeDb } from '../testing/test-db';
import { findNearbyOrganisations } from './find-nearby-organisations';
import { getMunicipalityProfile } from './get-municipality-profile';
import { listMunicipalities, listMunicipalityFilters } from './list-municipalities';

describeDb('municipality pages', ({ db }) => {
	const page = { page: 1, pageSize: 100 };
	const names = (rows: { name: string }[]) => rows.map((r) => r.name);

	it('seeds the demo municipalities twice without error and without overwriting', async () => {
		await seedDemoMunicipalities(db());
		await db().update(municipality).set({ population: 1 }).where(eq(municipality.ags, '05566076'));
		await seedDemoMunicipalities(db());
		const [rheine] = await db().select().from(municipality).where(eq(municipality.ags, '05566076'));
		expect(rheine.population).toBe(1);
		expect((await db().select().from(municipality)).length).toBe(27);
		await db().update(municipality).set({ population: 76218 }).where(eq(municipality.ags, '05566076'));
	});

	it('finds by name regardless of case and accents, and by the beginning of the AGS', async () => {
		expect(names((await listMunicipalities(db(), { ...page, query: 'Düren' })).rows)).toEqual(['Düren, Stadt']);
		expect(names((await listMunicipalities(db(), { ...page, query: 'DUREN' })).rows)).toEqual(['Düren, Stadt']);
		expect(names((await listMunicipalities(db(), { ...page, query: 'gutersloh' })).rows)).toEqual(['Gütersloh, Stadt']);
		expect(names((await listMunicipalities(db(), { ...page, query: '05358' })).rows)).toEqual([
			'Düren, Stadt',
			'Jülich, Stadt',
			'Kreuzau',
			'Langerwehe',
			'Nideggen, Stadt'
		]);
		expect((await listMunicipalities(db(), { ...page, query: '%' })).total).toBe(0);
	});

	it('filters by government region and district, pages with a correct total and leaves out historic ones', async () => {
		const muenster = await listMunicipalities(db(), { ...page, regionCode: '055' });
		expect(muenster.total).toBe(6);
		expect(muenster.rows[0]).toMatchObject({ name: 'Emsdetten, Stadt', districtName: 'Steinfurt', regionName: 'Reg.-Bez. Münster' });
		const steinfurt = await listMunicipalities(db(), { page: 2, pageSize: 3, districtCode: '05566' });
		expect(steinfurt.total).toBe(4);
		expect(names(steinfurt.rows)).toEqual(['Steinfurt, Stadt']);

		await db().update(municipality).set({ historic: true }).where(eq(municipality.ags, '05566084'));
		expect((await listMunicipalities(db(), { ...page, districtCode: '05566' })).total).toBe(3);
		await db().update(municipality).set({ historic: false }).where(eq(municipality.ags, '05566084'));

		const filters = await listMunicipalityFilters(db(), '053');
		expect(filters.regions.map((r) => r.code)).toEqual(['051', '053', '055', '057', '059']);
		expect(filters.districts.map((d) => d.name)).toEqual(['Bonn, Stadt', 'Düren', 'Köln, Stadt', 'Städteregion Aachen']);
	});

	it('shows key data, the Land as background and published organisations within 25 km, nearest first', async () => {
		const org = (name: string, ags: string, status: 'published' | 'pending') => ({
			name,
			kind: 'association' as const,
			municipalityAgs: ags,
			contactName: 'Kontakt',
			contactEmail: 'kontakt@example.org',
			status
		});
		await db()
			.insert(organisation)
			.values([
				org('Verein in Jülich', '05358024', 'published'),
				org('Verein in Düren', '05358008', 'published'),
				org('Noch nicht geprüft', '05358008', 'pending'),
				org('Verein in Köln', '05315000', 'published')
			]);

		const profile = await getMunicipalityProfile(db(), '05358008');
		expect(profile?.municipality).toMatchObject({
			name: 'Düren, Stadt',
			kind: 'stadt',
			ars: '053580008008',
			districtName: 'Düren',
			districtKind: 'kreis',
			regionName: 'Reg.-Bez. Köln',
			landName: 'Nordrhein-Westfalen',
			population: 91216
		});
		expect(profile!.municipality.density).toBeCloseTo(91216 / 85, 5);
		expect(profile!.background).toHaveLength(27);
		expect(profile!.nearby.map((o) => o.name)).toEqual(['Verein in Düren', 'Verein in Jülich']);
		expect(profile!.nearby[0].distanceKm).toBe(0);
		expect(profile!.nearby[1].distanceKm).toBeGreaterThan(14);
		expect(profile!.nearby[1].distanceKm).toBeLessThan(18);

		// Köln is about 41 km from Düren: outside 25 km, inside 50.
		const wider = await findNearbyOrganisations(db(), { latitude: 50.801678, longitude: 6.482964 }, 50);
		expect(wider.map((o) => o.place)).toContain('Köln, Stadt');
		expect(await getMunicipalityProfile(db(), '05999999')).toBeUndefined();
	});
});
