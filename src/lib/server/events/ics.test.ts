import ICAL from 'ical.js';
import { expect, it } from 'vitest';
import { describeDb } from '../testing/test-db';
import { createTestEvent } from '../testing/event-factories';
import { buildEventCalendar } from './ics';
import { listFeedEvents, listPublishedEventPaths, listUpcomingEvents } from './public-events';

const origin = 'https://miglobe.example';
const day = 86_400_000;

describeDb('event feed and calendar', ({ db }) => {
	it('lists published and cancelled events of the last 12 months in the feed, without drafts or online links', async () => {
		const now = Date.now();
		const upcoming = await createTestEvent(db(), { title: 'Stadtfest', onlineUrl: 'https://geheim.example.org/raum' });
		const cancelled = await createTestEvent(db(), { status: 'cancelled', title: 'Abgesagte Werkstatt' });
		const draft = await createTestEvent(db(), { status: 'draft', title: 'Entwurf' });
		const old = await createTestEvent(db(), { startsAt: new Date(now - 400 * day), endsAt: new Date(now - 400 * day + 3_600_000) });
		const recent = await createTestEvent(db(), { startsAt: new Date(now - 30 * day), endsAt: new Date(now - 30 * day + 3_600_000) });
		const feed = await listFeedEvents(db());
		const ids = feed.map((e) => e.id);
		expect(ids).toEqual(expect.arrayContaining([upcoming.id, cancelled.id, recent.id]));
		expect(ids).not.toContain(draft.id);
		expect(ids).not.toContain(old.id);

		const text = buildEventCalendar(feed, { origin, name: 'MiGlobe NRW – Veranstaltungen' });
		expect(text).not.toContain('geheim.example.org');
		const cal = new ICAL.Component(ICAL.parse(text));
		const events = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
		const byUid = new Map(events.map((e) => [e.uid, e]));
		expect(byUid.get(`${upcoming.id}@miglobe`)!.summary).toBe('Stadtfest');
		expect(byUid.get(`${upcoming.id}@miglobe`)!.startDate.toJSDate().getTime()).toBe(upcoming.startsAt.getTime());
		expect(byUid.get(`${cancelled.id}@miglobe`)!.component.getFirstPropertyValue('status')).toBe('CANCELLED');
		expect(byUid.get(`${upcoming.id}@miglobe`)!.component.getFirstPropertyValue('url')).toBe(`${origin}/veranstaltungen/${upcoming.slug}`);
	});

	it('exports the start-page list and the sitemap paths', async () => {
		const next = await createTestEvent(db(), { title: 'Interkulturelle Woche', translations: { en: { title: 'Intercultural week' } }, startsAt: new Date(Date.now() + 60_000 * 5) });
		const hidden = await createTestEvent(db(), { status: 'draft' });
		const list = await listUpcomingEvents(db(), 'en', 50);
		expect(list.find((e) => e.slug === next.slug)).toMatchObject({ title: 'Intercultural week', place: 'Rathaus, Ratssaal', online: false });
		const paths = (await listPublishedEventPaths(db())).map((p) => p.slug);
		expect(paths).toContain(next.slug);
		expect(paths).not.toContain(hidden.slug);
	});
});
