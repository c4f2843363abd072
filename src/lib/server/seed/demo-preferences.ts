import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/client';
import { consultation, notification, user, userPreference } from '../db/schema';
import { appendTimeline } from '../consultations/timeline';
import { clientName } from '../consultations/client-name';
import { notificationMailTexts } from '../notifications/mails';

const DEMO_ADVISOR = 'beratung@demo.miglobe.de';
const DEMO_COORDINATOR = 'koordination@demo.miglobe.de';
const DEMO_MUNICIPALITY_USER = 'kommune@demo.miglobe.de';
const HOUR = 3_600_000;

/** Messages of the last day in two of the advisor's consultations, waiting for the advisor's digest. */
const WAITING = [
	{
		ags: '05315000',
		state: 'in_dialogue' as const,
		author: DEMO_COORDINATOR,
		hoursAgo: 20,
		body: 'Die Stadt Köln schlägt für das zweite Netzwerktreffen Mittwoch, 13. Januar, 17 Uhr im Bürgerzentrum Ehrenfeld vor. Passt Ihnen der Termin? Bitte geben Sie bis Freitag Bescheid.'
	},
	{
		ags: '05711000',
		state: 'evaluation' as const,
		author: DEMO_MUNICIPALITY_USER,
		hoursAgo: 3,
		body: 'Unsere Auswertung ist fast fertig. Die Steuerungsgruppe hat drei neue Mitglieder aus migrantischen Vereinen gewonnen; die Zahlen zum Fairen Markt reichen wir bis Freitag nach.'
	}
];

/**
 * Demo notification settings: the demo advisor (Samuel Mensah) reads everything once a day as a summary, and
 * two messages of the last day wait for that digest (they are in the timelines too); everyone else keeps the
 * default (immediately, German). Does nothing when the demo accounts or consultations are missing, and adds
 * the waiting messages only once.
 */
export async function seedDemoPreferences(db: Db, now = new Date()): Promise<void> {
	const accounts = await db
		.select({ id: user.id, email: user.email, name: user.name })
		.from(user)
		.where(inArray(user.email, [DEMO_ADVISOR, DEMO_COORDINATOR, DEMO_MUNICIPALITY_USER]));
	const advisor = accounts.find((a) => a.email === DEMO_ADVISOR);
	if (!advisor) return;
	await db
		.insert(userPreference)
		.values({ userId: advisor.id, locale: 'de', notificationMode: 'daily' })
		.onConflictDoUpdate({ target: userPreference.userId, set: { notificationMode: 'daily' } });
	const [already] = await db.select({ id: notification.id }).from(notification).where(eq(notification.userId, advisor.id)).limit(1);
	if (already) return;

	for (const w of WAITING) {
		const author = accounts.find((a) => a.email === w.author);
		const [c] = await db
			.select()
			.from(consultation)
			.where(and(eq(consultation.municipalityAgs, w.ags), eq(consultation.state, w.state)))
			.limit(1);
		if (!author || !c) continue;
		const at = new Date(now.getTime() - w.hoursAgo * HOUR);
		await db.transaction(async (tx) => {
			await appendTimeline(tx, { consultationId: c.id, actorId: author.id, kind: 'message', visibility: 'all', body: w.body });
			const text = notificationMailTexts('de').message({
				author: author.name,
				reference: c.reference,
				client: await clientName(tx, c),
				body: w.body,
				visibility: 'all',
				consultationId: c.id
			});
			await tx.insert(notification).values({ userId: advisor.id, kind: 'consultation.message', consultationId: c.id, createdAt: at, ...text });
		});
	}
}
