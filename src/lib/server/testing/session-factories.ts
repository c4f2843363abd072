import type { Db } from '../db/client';
import { consultationSession } from '../db/schema';
import type { SessionInput } from '../sessions/session-form';

let counter = 0;

/** A session of the given consultation, starting in a week unless overridden. Writes the row only (no timeline). */
export async function createTestSession(db: Db, overrides: Partial<typeof consultationSession.$inferInsert> & { consultationId: string }) {
	counter++;
	const [row] = await db
		.insert(consultationSession)
		.values({
			title: `Workshop ${counter}`,
			format: 'workshop',
			startsAt: new Date(Date.now() + 7 * 86_400_000),
			durationMinutes: 120,
			place: 'Rathaus, Sitzungssaal',
			agenda: 'Begrüßung; Austausch; nächste Schritte',
			notesShared: 'Gemeinsame Notiz',
			notesInternal: 'Interne Notiz',
			...overrides
		})
		.returning();
	return row;
}

/** A valid SessionInput for the commands, starting at `startsAt` (default: in a week). */
export function testSessionInput(overrides: Partial<SessionInput> = {}): SessionInput {
	return {
		title: 'Dialogforum im Rathaus',
		format: 'dialogforum' as const,
		startsAt: new Date(Date.now() + 7 * 86_400_000),
		durationMinutes: 120,
		place: 'Rathaus, Raum 101',
		onlineUrl: null,
		agenda: 'Begrüßung und Kennenlernen',
		participantCount: null,
		organisationIds: [],
		organisationsText: '',
		notesShared: 'Für alle',
		notesInternal: 'Nur intern',
		...overrides
	};
}
