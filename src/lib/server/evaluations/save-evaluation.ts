import { and, eq, sql } from 'drizzle-orm';
import type { Role } from '$lib/roles';
import { m } from '$lib/paraglide/messages.js';
import type { Db } from '../db/client';
import { consentRecord, evaluation } from '../db/schema';
import { recordAudit } from '../audit/record-audit';
import { enqueueMail } from '../mail/outbox';
import { notifyParticipants } from '../notifications/notify';
import { getSettings } from '../settings/settings-store';
import { loadConsultationForUser } from '../consultations/access';
import { clientName } from '../consultations/client-name';
import { ConsultationNotFoundError } from '../consultations/errors';
import { appendTimeline } from '../consultations/timeline';
import { CASE_STORY_PURPOSE, CASE_STORY_TEXT_VERSION } from './consents';
import { archiveWithdrawnStories } from '../case-stories/archive-withdrawn-stories';
import { EvaluationRefusedError, StaleEvaluationError } from './errors';
import { entryMode, isEvaluationOpen, type EvaluationKind } from './evaluation-status';
import { evaluationLink, evaluationMailTexts } from './mails';

export type EvaluationRow = typeof evaluation.$inferSelect;
type Answers = Partial<Omit<typeof evaluation.$inferInsert, 'id' | 'consultationId' | 'kind' | 'version'>>;

export interface SaveEvaluationCommand {
	consultationId: string;
	/** The questionnaire's version the form was shown with; 0 when there were no answers yet. */
	version: number;
	user: { id: string };
	roles: readonly Role[];
}

/**
 * Creates or updates one questionnaire in one short transaction: access, role, state and version are checked
 * again here; the change writes a timeline entry visible to all (the fact, never the answers), an audit entry
 * (naming an entry on someone's behalf), a consent record whenever the case-story consent changes, a mail to the
 * coordination and notices to the people taking part. Shared by the two submit commands.
 */
export async function saveEvaluation(
	db: Db,
	kind: EvaluationKind,
	cmd: SaveEvaluationCommand,
	/** The answers, or a function computing them in the transaction (for values derived from other records). */
	input: Answers | ((tx: Db) => Promise<Answers>),
	{ origin, now = new Date() }: { origin: string; now?: Date }
): Promise<EvaluationRow> {
	return db.transaction(async (tx) => {
		const access = await loadConsultationForUser(tx, cmd.consultationId, cmd.user, cmd.roles);
		if (!access) throw new ConsultationNotFoundError();
		const mode = entryMode(kind, access.actor);
		if (!mode) throw new EvaluationRefusedError('role_not_allowed');
		const c = access.consultation;
		if (!isEvaluationOpen(c.state)) throw new EvaluationRefusedError('not_open');

		const key = and(eq(evaluation.consultationId, c.id), eq(evaluation.kind, kind));
		const [before] = await tx.select().from(evaluation).where(key);
		if ((before?.version ?? 0) !== cmd.version) throw new StaleEvaluationError();
		const answers = typeof input === 'function' ? await input(tx) : input;
		const fields = { ...answers, submittedBy: cmd.user.id, updatedAt: now };
		const [after] = before
			? await tx
					.update(evaluation)
					.set({ ...fields, version: sql`${evaluation.version} + 1` })
					.where(and(key, eq(evaluation.version, cmd.version)))
					.returning()
			: // Two first submissions at once: the unique (consultation, kind) lets one in, the other is stale.
				await tx
					.insert(evaluation)
					.values({ consultationId: c.id, kind, ...fields, submittedAt: now })
					.onConflictDoNothing()
					.returning();
		if (!after) throw new StaleEvaluationError();

		const onBehalf = mode === 'on_behalf';
		const consentChanged = kind === 'municipality' && (before?.caseStoryConsent ?? null) !== after.caseStoryConsent && after.caseStoryConsent !== null;
		if (consentChanged) {
			await tx.insert(consentRecord).values({
				subjectType: 'consultation',
				subjectId: c.id,
				purpose: CASE_STORY_PURPOSE,
				granted: after.caseStoryConsent === true,
				textVersion: CASE_STORY_TEXT_VERSION,
				way: onBehalf ? 'coordinator' : 'evaluation_form',
				at: now
			});
			// A withdrawal takes effect at once: published case stories of this consultation go offline.
			if (after.caseStoryConsent === false) await archiveWithdrawnStories(tx, { consultationId: c.id, actorId: cmd.user.id, now });
		}

		const action = before ? 'updated' : 'submitted';
		const title = kind === 'municipality' ? m.eval_kind_municipality({}, { locale: 'de' }) : m.eval_kind_advisor({}, { locale: 'de' });
		await appendTimeline(tx, {
			consultationId: c.id,
			actorId: cmd.user.id,
			kind: 'evaluation',
			visibility: 'all',
			data: { action, evaluation: kind, title, id: after.id, ...(onBehalf ? { onBehalf: true } : {}) }
		});
		const changed = before ? Object.keys(answers).filter((f) => JSON.stringify(before[f as keyof EvaluationRow]) !== JSON.stringify(after[f as keyof EvaluationRow])) : Object.keys(answers);
		await recordAudit(tx, {
			actorId: cmd.user.id,
			action: `evaluation.${kind}.${action}`,
			targetType: 'consultation',
			targetId: c.id,
			details: {
				evaluationId: after.id,
				onBehalf,
				fields: changed,
				...(consentChanged ? { caseStoryConsent: after.caseStoryConsent, textVersion: CASE_STORY_TEXT_VERSION } : {})
			}
		});

		const client = await clientName(tx, c);
		const text = (locale: Parameters<typeof evaluationMailTexts>[0]) =>
			evaluationMailTexts(locale).saved({ kind, updated: !!before, onBehalf, reference: c.reference, client, url: evaluationLink(origin, c.id) });
		// A coordinator entering a paper form is the coordination itself: no mail to tell it what it just did.
		if (!onBehalf) {
			const settings = await getSettings(tx);
			await enqueueMail(tx, { kind: 'evaluation.saved', to: settings.coordinationEmail, ...text('de') });
		}
		await notifyParticipants(tx, { kind: 'evaluation.saved', consultationId: c.id, render: text }, { audience: 'all', except: cmd.user.id });
		return after;
	});
}
