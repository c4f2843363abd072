import { count } from 'drizzle-orm';
import type { Db } from '../db/client';
import { user } from '../db/schema';
import { createUserWithPassword } from '../users/create-user-with-password';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-accounts';
import { seedDemoMunicipalities } from './demo-municipalities';
import { seedDemoOrganisations } from './demo-organisations';
import { seedDemoInvitations } from './demo-invitations';
import { seedDemoConsultations } from './demo-consultations';
import { seedDemoConsultationMembers } from './demo-consultation-members';
import { seedDemoSessions } from './demo-sessions';
import { seedDemoMeasures } from './demo-measures';
import { seedDemoDocuments } from './demo-documents';
import { seedDemoEvaluations } from './demo-evaluations';
import { seedDemoPreferences } from './demo-preferences';
import { seedDemoAdvisors } from './demo-advisors';
import { seedDemoTimeEntries } from './demo-time-entries';
import { seedDemoRates } from './demo-rates';
import { seedDemoCaseStories } from './demo-case-stories';
import { seedDemoEvents } from './demo-events';
import { seedDemoReportHistory } from './demo-report-history';

/**
 * Fills an empty database with demo data. Does nothing when any account exists, so it is safe
 * to call at every start. Later capabilities add their demo records here.
 */
export async function seedDemo(db: Db, opts: { dataDir?: string } = {}): Promise<{ seeded: boolean }> {
	const [{ n }] = await db.select({ n: count() }).from(user);
	if (n > 0) return { seeded: false };
	await seedDemoMunicipalities(db);
	await seedDemoOrganisations(db);
	for (const a of DEMO_ACCOUNTS) {
		await createUserWithPassword(db, { ...a, password: DEMO_PASSWORD });
	}
	await seedDemoInvitations(db);
	// The advisor pool before the consultations, so that demo assignments can pick from it.
	await seedDemoAdvisors(db, opts.dataDir);
	await seedDemoConsultations(db);
	await seedDemoConsultationMembers(db);
	await seedDemoSessions(db);
	await seedDemoMeasures(db);
	// Demo files need a place to live; without a data directory (some tests) there are no demo documents.
	if (opts.dataDir) await seedDemoDocuments(db, opts.dataDir);
	await seedDemoEvaluations(db);
	await seedDemoPreferences(db);
	await seedDemoRates(db);
	await seedDemoTimeEntries(db);
	// Three earlier years of completed consultations, so that the impact dashboard and report show real figures.
	await seedDemoReportHistory(db);
	// Case stories build on the completed consultations and their consent; events may link to them.
	await seedDemoCaseStories(db, opts.dataDir);
	await seedDemoEvents(db);
	return { seeded: true };
}
