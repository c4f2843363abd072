import { eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { evaluation } from '../db/schema';
import type { ConsultationAccess } from '../consultations/access';
import { getSettings } from '../settings/settings-store';
import { entryMode, evaluationStatus, isEvaluationOpen, maySeeAnswers, type EvaluationKind } from './evaluation-status';
import { prefillAdvisorEvaluation, type AdvisorPrefill } from './prefill-advisor-evaluation';
import type { EvaluationRow } from './save-evaluation';

export interface EvaluationSection {
	/** Submitted (its time is shown to everyone taking part). */
	done: boolean;
	submittedAt: Date | null;
	updatedAt: Date | null;
	/** The answers, only for those allowed to read them (see maySeeAnswers). */
	answers: EvaluationRow | null;
	/** The version the form posts back; 0 before the first submission. */
	version: number;
	/** This person may fill in or change it now; 'on_behalf' for a coordinator entering for the party. */
	entry: 'self' | 'on_behalf' | null;
}

/**
 * What the evaluation page shows to this person. Access was decided by loadConsultationPage; answers are left out
 * here for those who may not read them, so the page cannot show them by mistake.
 */
export async function getEvaluationPage(db: Db, access: ConsultationAccess) {
	const c = access.consultation;
	const rows = await db.select().from(evaluation).where(eq(evaluation.consultationId, c.id));
	const open = isEvaluationOpen(c.state);
	const section = (kind: EvaluationKind): EvaluationSection => {
		const row = rows.find((r) => r.kind === kind) ?? null;
		return {
			done: !!row,
			submittedAt: row?.submittedAt ?? null,
			updatedAt: row?.updatedAt ?? null,
			answers: row && maySeeAnswers(kind, access.actor) ? row : null,
			version: row?.version ?? 0,
			entry: open ? entryMode(kind, access.actor) : null
		};
	};
	const municipality = section('municipality');
	const advisor = section('advisor');
	const prefill: AdvisorPrefill | null = advisor.entry && !advisor.done ? await prefillAdvisorEvaluation(db, c.id) : null;
	const isCoordinator = access.actor.roles.includes('coordinator');
	return {
		status: evaluationStatus(
			rows.map((r) => r.kind),
			c.evaluationWaiver
		),
		open,
		municipality,
		advisor,
		prefill,
		/** The waiver is an internal note: coordination and advisors read it. */
		waiver: access.seesInternal ? (c.evaluationWaiver ?? null) : null,
		canWaive: isCoordinator && open,
		consultationVersion: c.version,
		coordinationEmail: (await getSettings(db)).coordinationEmail
	};
}
