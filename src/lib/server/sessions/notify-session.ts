import type { Db } from '../db/client';
import type { consultationSession } from '../db/schema';
import type { ConsultationRow } from '../consultations/access';
import { clientName } from '../consultations/client-name';
import { notifyParticipants } from '../notifications/notify';
import { sessionLinks, sessionMailTexts } from './mails';

export type SessionRow = typeof consultationSession.$inferSelect;
export type SessionNoticeKind = 'created' | 'updated' | 'cancelled' | 'reminder';

/**
 * Tells the advisors and municipality users of the consultation about a session, each in their language.
 * Call it with the transaction of the change; `except` leaves out the person who made it.
 */
export async function notifySessionParticipants(
	tx: Db,
	kind: SessionNoticeKind,
	{ consultation, session, origin, except }: { consultation: ConsultationRow; session: SessionRow; origin: string; except?: string }
): Promise<void> {
	const facts = {
		title: session.title,
		reference: consultation.reference,
		client: await clientName(tx, consultation),
		startsAt: session.startsAt,
		durationMinutes: session.durationMinutes,
		place: session.place,
		onlineUrl: session.onlineUrl,
		url: sessionLinks(origin).page(consultation.id, session.id)
	};
	await notifyParticipants(
		tx,
		{ kind: `session.${kind}`, consultationId: consultation.id, render: (locale) => sessionMailTexts(locale)[kind](facts) },
		{ audience: 'all', except }
	);
}
