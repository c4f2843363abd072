import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/client';
import { consultation, consultationMember, user } from '../db/schema';

const DEMO_ADVISOR = 'beratung@demo.miglobe.de';
const DEMO_MUNICIPALITY_USER = 'kommune@demo.miglobe.de';
/** Bielefeld, Stadt: the demo municipality user works there (demo-accounts.ts). */
const BIELEFELD_AGS = '05711000';

/**
 * Binds the demo accounts to the demo consultations: the demo advisor has accepted those from agreed on; the demo municipality user belongs to Bielefeld's. Consultations are found at run
 * time by state and AGS, so this does nothing when the demo consultations (or accounts) do not exist.
 */
export async function seedDemoConsultationMembers(db: Db): Promise<void> {
	const accounts = await db.select({ id: user.id, email: user.email }).from(user).where(inArray(user.email, [DEMO_ADVISOR, DEMO_MUNICIPALITY_USER]));
	const advisor = accounts.find((a) => a.email === DEMO_ADVISOR);
	const client = accounts.find((a) => a.email === DEMO_MUNICIPALITY_USER);
	if (advisor) {
		const rows = await db
			.select({ id: consultation.id })
			.from(consultation)
			.where(inArray(consultation.state, ['agreed', 'in_dialogue', 'implementation', 'evaluation', 'completed']));
		for (const r of rows) {
			await db
				.insert(consultationMember)
				.values({ consultationId: r.id, userId: advisor.id, role: 'advisor', status: 'accepted', answeredAt: new Date() })
				.onConflictDoNothing();
		}
	}
	if (client) {
		const rows = await db.select({ id: consultation.id }).from(consultation).where(eq(consultation.municipalityAgs, BIELEFELD_AGS));
		for (const r of rows) {
			await db
				.insert(consultationMember)
				.values({ consultationId: r.id, userId: client.id, role: 'municipality', status: 'accepted', answeredAt: new Date() })
				.onConflictDoNothing();
		}
	}
}
