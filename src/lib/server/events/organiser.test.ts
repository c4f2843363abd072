import { eq } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { describeDb } from '../testing/test-db';
import { createTestUser } from '../testing/factories';
import { createTestMunicipality } from '../testing/geo-factories';
import { createTestOrganisation } from '../testing/directory-factories';
import { addTestMember, createTestConsultation } from '../testing/consultation-factories';
import { auditLog, event, outboxMail } from '../db/schema';
import { loadOrganiserScope } from './organiser-scope';
import { createEvent } from './create-event';
import { updateEvent } from './update-event';
import { changeEventStatus } from './change-event-status';
import { saveEventTranslation } from './save-event-translation';
import { registerForEvent } from './register-for-event';
import { getOrganiserEvent, listEventFormOptions, listOrganiserEvents } from './organiser-queries';
import { getPublicEvent, listUpcomingPublicEvents } from './public-events';
import { EventNotFoundError, EventRefusedError, StaleEventError } from './errors';
import type { EventInput } from './event-form';
import type { OrganiserScope } from './event-rules';

const origin = 'http://localhost:3000';
const day = 86_400_000;

describeDb('event organisers', ({ db }) => {
	let own: string, other: string;
	let coordinator: OrganiserScope, municipalityUser: OrganiserScope, unbound: OrganiserScope, colleague: OrganiserScope;
	const input = (o: Partial<EventInput> = {}): EventInput => ({
		title: 'Interkulturelles Stadtfest',
		description: 'Mit **Musik** und Essen.',
		startsAt: new Date(Math.floor(Date.now() / 60_000) * 60_000 + 14 * day),
		endsAt: new Date(Math.floor(Date.now() / 60_000) * 60_000 + 14 * day + 6 * 3_600_000),
		place: 'Altstadt',
		onlineUrl: null,
		municipalityAgs: own,
		topics: [],
		organisationIds: [],
		capacity: null,
		caseStoryId: null,
		...o
	});

	beforeAll(async () => {
		own = (await createTestMunicipality(db())).ags;
		other = (await createTestMunicipality(db())).ags;
		const c = await createTestUser(db(), { roles: ['coordinator'] });
		const mu = await createTestUser(db(), { roles: ['municipality'] });
		const mu2 = await createTestUser(db(), { roles: ['municipality'] });
		const loose = await createTestUser(db(), { roles: ['municipality'] });
		const consultation = await createTestConsultation(db(), { municipalityAgs: own });
		await addTestMember(db(), consultation.id, mu.id, 'municipality');
		await addTestMember(db(), consultation.id, mu2.id, 'municipality');
		// A removed binding does not count.
		await addTestMember(db(), (await createTestConsultation(db(), { municipalityAgs: other })).id, mu.id, 'municipality', 'removed');
		coordinator = await loadOrganiserScope(db(), c, ['coordinator']);
		municipalityUser = await loadOrganiserScope(db(), mu, ['municipality']);
		colleague = await loadOrganiserScope(db(), mu2, ['municipality']);
		unbound = await loadOrganiserScope(db(), loose, ['municipality']);
	});

	it('binds municipality users to the municipality of their consultations', () => {
		expect(coordinator.all).toBe(true);
		expect(municipalityUser).toMatchObject({ all: false, municipalityAgs: [own] });
		expect(unbound).toMatchObject({ all: false, municipalityAgs: [] });
	});

	it('lets a municipality user create only for their municipality; audited as a draft', async () => {
		await expect(createEvent(db(), { input: input({ municipalityAgs: other }), scope: municipalityUser })).rejects.toBeInstanceOf(EventRefusedError);
		await expect(createEvent(db(), { input: input(), scope: unbound })).rejects.toBeInstanceOf(EventRefusedError);
		const row = await createEvent(db(), { input: input(), scope: municipalityUser });
		expect(row).toMatchObject({ status: 'draft', createdBy: municipalityUser.userId, municipalityAgs: own });
		expect(row.slug).toMatch(/^interkulturelles-stadtfest-\d{4}$/);
		const again = await createEvent(db(), { input: input(), scope: municipalityUser });
		expect(again.slug).toBe(`${row.slug}-2`);
		const audits = await db().select().from(auditLog).where(eq(auditLog.targetId, row.id));
		expect(audits.map((a) => a.action)).toEqual(['event.create']);
	});

	it('lets municipality users edit only their own events, coordinators all; stale versions are refused', async () => {
		const mine = await createEvent(db(), { input: input(), scope: municipalityUser });
		await expect(updateEvent(db(), { eventId: mine.id, version: mine.version, input: input({ title: 'Fremd' }), scope: colleague })).rejects.toBeInstanceOf(EventNotFoundError);
		expect(await getOrganiserEvent(db(), mine.id, colleague)).toBeNull();
		const saved = await updateEvent(db(), { eventId: mine.id, version: mine.version, input: input({ title: 'Stadtfest 2.0', capacity: 50 }), scope: municipalityUser });
		expect(saved).toMatchObject({ title: 'Stadtfest 2.0', capacity: 50, version: mine.version + 1, slug: mine.slug });
		await expect(updateEvent(db(), { eventId: mine.id, version: mine.version, input: input(), scope: coordinator })).rejects.toBeInstanceOf(StaleEventError);
		const byCoordinator = await updateEvent(db(), { eventId: mine.id, version: saved.version, input: input({ title: 'Stadtfest 3.0' }), scope: coordinator });
		expect(byCoordinator.title).toBe('Stadtfest 3.0');
		const listed = await listOrganiserEvents(db(), municipalityUser);
		expect(listed.every((e) => e.id !== undefined)).toBe(true);
		expect((await listOrganiserEvents(db(), colleague)).find((e) => e.id === mine.id)).toBeUndefined();
	});

	it('keeps only published organisations and links; options follow the scope', async () => {
		const shown = await createTestOrganisation(db(), { municipalityAgs: own, name: 'Deutsch-Türkischer Kulturverein' });
		const hidden = await createTestOrganisation(db(), { municipalityAgs: own, status: 'hidden' });
		const elsewhere = await createTestOrganisation(db(), { municipalityAgs: other });
		const row = await createEvent(db(), { input: input({ organisationIds: [shown.id, hidden.id] }), scope: municipalityUser });
		expect(row.organisationIds).toEqual([shown.id]);
		const options = await listEventFormOptions(db(), municipalityUser);
		expect(options.municipalities.map((m) => m.ags)).toEqual([own]);
		expect(options.organisations.map((o) => o.id)).toContain(shown.id);
		expect(options.organisations.map((o) => o.id)).not.toContain(elsewhere.id);
	});

	it('publishes, then cancels and mails everyone registered or waiting in their language', async () => {
		const draft = await createEvent(db(), { input: input({ capacity: 1 }), scope: coordinator });
		expect(await getPublicEvent(db(), draft.slug, 'de')).toBeNull();
		const { event: published } = await changeEventStatus(db(), { eventId: draft.id, version: draft.version, to: 'published', scope: coordinator }, { origin });
		expect((await listUpcomingPublicEvents(db(), 'de')).map((e) => e.slug)).toContain(draft.slug);
		await registerForEvent(db(), { slug: draft.slug, input: { name: 'Ayşe', email: 'ayse.cancel@example.org' }, locale: 'tr' }, { origin });
		await registerForEvent(db(), { slug: draft.slug, input: { name: 'Jonas', email: 'jonas.cancel@example.org' }, locale: 'en' }, { origin });
		await expect(changeEventStatus(db(), { eventId: draft.id, version: draft.version, to: 'cancelled', scope: coordinator }, { origin })).rejects.toBeInstanceOf(StaleEventError);
		const { notified } = await changeEventStatus(db(), { eventId: draft.id, version: published.version, to: 'cancelled', scope: coordinator }, { origin });
		expect(notified).toBe(2);
		const [jonas] = await db().select().from(outboxMail).where(eq(outboxMail.kind, 'event.event_cancelled')).then((r) => r.filter((m) => m.to === 'jonas.cancel@example.org'));
		expect(jonas.subject).toContain('Cancelled');
		expect(jonas.attachments[0].content).toContain('STATUS:CANCELLED');
		const page = await getPublicEvent(db(), draft.slug, 'de');
		expect(page).toMatchObject({ status: 'cancelled', registrationOpen: false });
		const after = (await db().select().from(event).where(eq(event.id, draft.id)))[0];
		await expect(changeEventStatus(db(), { eventId: draft.id, version: after.version, to: 'published', scope: coordinator }, { origin })).rejects.toBeInstanceOf(EventRefusedError);
	});

	it('saves translations and shows them with a fallback note where missing', async () => {
		const row = await createEvent(db(), { input: input({ title: 'Fachtag Faire Beschaffung' }), scope: coordinator });
		const saved = await saveEventTranslation(db(), { eventId: row.id, version: row.version, locale: 'en', values: { title: 'Fair procurement day', description: '', place: '' }, scope: coordinator });
		expect(saved.translations).toEqual({ en: { title: 'Fair procurement day' } });
		await changeEventStatus(db(), { eventId: row.id, version: saved.version, to: 'published', scope: coordinator }, { origin });
		expect(await getPublicEvent(db(), row.slug, 'en')).toMatchObject({ title: 'Fair procurement day', fallback: true });
		expect(await getPublicEvent(db(), row.slug, 'tr')).toMatchObject({ title: 'Fachtag Faire Beschaffung', fallback: true });
		expect(await getPublicEvent(db(), row.slug, 'de')).toMatchObject({ fallback: false });
	});
});
