import { expect, it } from 'vitest';
import { describeDb } from '../testing/test-db';
import { createTestMunicipality } from '../testing/geo-factories';
import { createTestUser } from '../testing/factories';
import { seedDemoEvents } from '../seed/demo-events';
import { listArchivedEvents, listUpcomingPublicEvents } from './public-events';
import { listOrganiserEvents } from './organiser-queries';

describeDb('seedDemoEvents', ({ db }) => {
	it('seeds current upcoming, full, online, cancelled and archived events; a second run adds nothing', async () => {
		for (const [ags, name] of [['05711000', 'Bielefeld, Stadt'], ['05315000', 'Köln, Stadt'], ['05515000', 'Münster, Stadt'], ['05913000', 'Dortmund, Stadt']]) {
			await createTestMunicipality(db(), { ags, name });
		}
		const kommune = await createTestUser(db(), { email: 'kommune@demo.miglobe.de', roles: ['municipality'] });
		await seedDemoEvents(db());
		await seedDemoEvents(db());
		const upcoming = await listUpcomingPublicEvents(db(), 'de');
		expect(upcoming).toHaveLength(4);
		const bySlugStart = (prefix: string) => upcoming.find((e) => e.slug.startsWith(prefix))!;
		expect(bySlugStart('sdg-werkstatt').seatsLeft).toBe(0);
		expect(bySlugStart('fachtag-faire-beschaffung')).toMatchObject({ online: true, place: '', seatsLeft: 3 });
		expect(bySlugStart('interkulturelle-lesenacht').status).toBe('cancelled');
		const archive = await listArchivedEvents(db(), 'de', 1);
		expect(archive.total).toBe(2);
		const own = await listOrganiserEvents(db(), { all: false, userId: kommune.id, municipalityAgs: ['05711000'] });
		expect(own.map((e) => e.title)).toEqual(['Interkulturelles Stadtfest Bielefeld']);
		const inArabic = await listUpcomingPublicEvents(db(), 'ar');
		expect(inArabic.find((e) => e.slug.startsWith('sdg-werkstatt'))!.title).toMatch(/ورشة/);
	});
});
