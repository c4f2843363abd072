import type { Db } from '../db/client';
import { advisorBlockedPeriod, advisorProfile } from '../db/schema';
import { createTestUser } from './factories';

export type NewAdvisorProfile = typeof advisorProfile.$inferInsert;
export type TestAdvisorOverrides = Partial<Omit<NewAdvisorProfile, 'userId'>> & { name?: string; email?: string };

/**
 * An advisor account (role 'advisor', with the test password) and its profile. Profile columns may be overridden
 * directly, e.g. `createTestAdvisor(db, { languages: [{ code: 'tr', level: 'native' }], topicLevels: { 'fairer-handel': 3 } })`.
 * Defaults: active, not on the team page, no base, no languages/topics.
 */
export async function createTestAdvisor(db: Db, overrides: TestAdvisorOverrides = {}) {
	const { name, email, ...profile } = overrides;
	const account = await createTestUser(db, { roles: ['advisor'], name: name ?? 'Test Beraterin', email });
	const [row] = await db
		.insert(advisorProfile)
		.values({ userId: account.id, bio: 'Beraterin für kommunale Entwicklungspolitik.', ...profile })
		.returning();
	return { ...account, profile: row };
}

/** A blocked period (dates as YYYY-MM-DD) of the given advisor. */
export async function addTestBlockedPeriod(db: Db, userId: string, startsOn: string, endsOn: string, note = '') {
	const [row] = await db.insert(advisorBlockedPeriod).values({ userId, startsOn, endsOn, note }).returning();
	return row;
}
