import { eq } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { notification, outboxMail } from '../db/schema';
import { describeDb } from '../testing/test-db';
import { createTestUser, uniqueEmail } from '../testing/factories';
import { createTestMunicipality } from '../testing/geo-factories';
import { addTestMember, createTestConsultation } from '../testing/consultation-factories';
import { setTestPreferences } from '../testing/notification-factories';
import { saveSettings } from '../settings/settings-store';
import { DEFAULT_SETTINGS } from '../settings/settings-schema';
import { postMessage } from '../consultations/post-message';

const origin = 'http://localhost:3000';

describeDb('notifications about timeline messages', ({ db }) => {
	const mailsTo = (email: string) => db().select().from(outboxMail).where(eq(outboxMail.to, email)).orderBy(outboxMail.createdAt);
	let ags: string;
	let coordinator: { id: string; email: string };
	let coordinationEmail: string;
	beforeAll(async () => {
		ags = (await createTestMunicipality(db(), { name: 'Nachrichtenstadt' })).ags;
		coordinator = await createTestUser(db(), { roles: ['coordinator'], name: 'Clara Koordination' });
		coordinationEmail = uniqueEmail('koordination');
		await saveSettings(db(), { ...DEFAULT_SETTINGS, coordinationEmail }, null);
	});

	async function setUp() {
		const c = await createTestConsultation(db(), { municipalityAgs: ags });
		const advisor = await createTestUser(db(), { roles: ['advisor'], name: 'Ada Beraterin' });
		const client = await createTestUser(db(), { roles: ['municipality'], name: 'Petra Kommune' });
		await addTestMember(db(), c.id, advisor.id, 'advisor');
		await addTestMember(db(), c.id, client.id, 'municipality');
		return { c, advisor, client };
	}

	it('tells the others about a message for all, in their language, and the coordination when a municipality user wrote', async () => {
		const { c, advisor, client } = await setUp();
		await setTestPreferences(db(), advisor.id, { locale: 'en' });
		const before = (await mailsTo(coordinationEmail)).length;
		await postMessage(db(), { id: c.id, body: 'Wann kommt der erste Termin?', visibility: 'all', user: client, roles: ['municipality'] }, { origin });

		const [toAdvisor] = await mailsTo(advisor.email);
		expect(toAdvisor.subject).toBe(`New message in consultation ${c.reference}`);
		expect(toAdvisor.text).toContain('Petra Kommune wrote a message');
		expect(toAdvisor.text).toContain('Wann kommt der erste Termin?');
		expect(toAdvisor.text).toContain(`${origin}/app/beratungen/${c.id}`);
		expect(await mailsTo(client.email)).toEqual([]);

		const toCoordination = (await mailsTo(coordinationEmail)).slice(before);
		expect(toCoordination).toHaveLength(1);
		expect(toCoordination[0].subject).toBe(`Neue Nachricht in der Beratung ${c.reference}`);
		expect(toCoordination[0].text).toContain('sichtbar für alle Beteiligten');
		expect(toCoordination[0].text).not.toContain('/app/konto/benachrichtigungen');
	});

	it('keeps internal messages from the municipality and does not mail the coordination about its own messages', async () => {
		const { c, advisor, client } = await setUp();
		const before = (await mailsTo(coordinationEmail)).length;
		await postMessage(db(), { id: c.id, body: 'Nur für das Team', visibility: 'internal', user: coordinator, roles: ['coordinator'] }, { origin });
		const [toAdvisor] = await mailsTo(advisor.email);
		expect(toAdvisor.text).toContain('Clara Koordination');
		expect(toAdvisor.text).toContain('intern, nur für Koordination und Beratende');
		expect(await mailsTo(client.email)).toEqual([]);
		expect(await mailsTo(coordinator.email)).toEqual([]);
		expect((await mailsTo(coordinationEmail)).length).toBe(before);

		await postMessage(db(), { id: c.id, body: 'Für alle', visibility: 'all', user: coordinator, roles: ['coordinator'] }, { origin });
		expect((await mailsTo(client.email)).map((x) => x.subject)).toEqual([`Neue Nachricht in der Beratung ${c.reference}`]);
		expect((await mailsTo(coordinationEmail)).length).toBe(before);
	});

	it('collects the notice for the digest of an advisor who chose it, and tells the coordination of an internal advisor message', async () => {
		const { c, advisor, client } = await setUp();
		const colleague = await createTestUser(db(), { roles: ['advisor'] });
		await addTestMember(db(), c.id, colleague.id, 'advisor');
		await setTestPreferences(db(), colleague.id, { notificationMode: 'daily' });
		const before = (await mailsTo(coordinationEmail)).length;
		await postMessage(db(), { id: c.id, body: 'Ich übernehme das Protokoll.', visibility: 'internal', user: advisor, roles: ['advisor'] }, { origin });
		expect(await mailsTo(colleague.email)).toEqual([]);
		const rows = await db().select().from(notification).where(eq(notification.userId, colleague.id));
		expect(rows).toHaveLength(1);
		expect(rows[0]).toMatchObject({ kind: 'consultation.message', consultationId: c.id, digestedAt: null });
		expect(rows[0].text).toContain('Ich übernehme das Protokoll.');
		expect(await mailsTo(client.email)).toEqual([]);
		expect(await mailsTo(advisor.email)).toEqual([]);
		expect((await mailsTo(coordinationEmail)).length).toBe(before + 1);
	});
});
