import { randomBytes } from 'node:crypto';
import type { Db } from '../db/client';
import { consultation, consultationMember } from '../db/schema';

let counter = 0;

/** A consultation of the given municipality (which must exist), state 'requested' unless overridden. */
export async function createTestConsultation(db: Db, overrides: Partial<typeof consultation.$inferInsert> & { municipalityAgs: string }) {
	counter++;
	const [row] = await db
		.insert(consultation)
		.values({
			reference: `MG-2099-${String(counter).padStart(4, '0')}-${randomBytes(2).toString('hex')}`,
			year: 2099,
			contactName: 'Petra Beispiel',
			contactEmail: `kontakt-${counter}@test.miglobe.de`,
			concern: 'Wir möchten migrantische Organisationen in unsere Nachhaltigkeitsstrategie einbeziehen.',
			statusTokenHash: randomBytes(32).toString('hex'),
			source: 'coordinator',
			...overrides
		})
		.returning();
	return row;
}

export async function addTestMember(
	db: Db,
	consultationId: string,
	userId: string,
	role: 'advisor' | 'municipality',
	status: 'invited' | 'accepted' | 'declined' | 'removed' = 'accepted'
) {
	await db.insert(consultationMember).values({ consultationId, userId, role, status });
}
