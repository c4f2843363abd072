import { and, eq, inArray } from 'drizzle-orm';
import { m } from '$lib/paraglide/messages.js';
import type { Db } from '../db/client';
import { consentRecord, consultation, evaluation, user } from '../db/schema';
import { appendTimeline } from '../consultations/timeline';
import { CASE_STORY_PURPOSE, CASE_STORY_TEXT_VERSION } from '../evaluations/consents';
import { prefillAdvisorEvaluation } from '../evaluations/prefill-advisor-evaluation';

const DEMO_ADVISOR = 'beratung@demo.miglobe.de';
const DEMO_COORDINATOR = 'koordination@demo.miglobe.de';
const MUENSTER_AGS = '05515000';
const BIELEFELD_AGS = '05711000';

/**
 * Demo evaluations: Münster's completed consultation has both questionnaires (the municipality's entered by the
 * coordination from the paper form, with consent to a case story); Bielefeld's fair-trade consultation in the
 * evaluation phase has the advisors' questionnaire, and the municipality's stays open for the demo municipality
 * user. Consultations are found by AGS and state, so this does nothing without them; it never overwrites.
 */
export async function seedDemoEvaluations(db: Db): Promise<void> {
	const accounts = await db.select({ id: user.id, email: user.email }).from(user).where(inArray(user.email, [DEMO_ADVISOR, DEMO_COORDINATOR]));
	const advisorId = accounts.find((a) => a.email === DEMO_ADVISOR)?.id ?? null;
	const coordinatorId = accounts.find((a) => a.email === DEMO_COORDINATOR)?.id ?? null;
	const find = async (ags: string, state: 'completed' | 'evaluation') =>
		(await db.select({ id: consultation.id }).from(consultation).where(and(eq(consultation.municipalityAgs, ags), eq(consultation.state, state))))[0];

	const muenster = await find(MUENSTER_AGS, 'completed');
	if (muenster) {
		await db.transaction(async (tx) => {
			const [created] = await tx
				.insert(evaluation)
				.values({
					consultationId: muenster.id,
					kind: 'municipality',
					satisfaction: 5,
					aimPerspectives: 4,
					aimAppreciation: 5,
					aimParticipation: 4,
					learnings:
						'Die Werkstattgespräche mit dem Integrationsrat haben gezeigt, wie viel Fachwissen in den Vereinen steckt. Der Leitfaden für die Bürgerämter ist gemeinsam entstanden und wird jetzt in der Personalentwicklung genutzt. Wir hätten die Vereine früher einbinden sollen, nicht erst nach dem ersten Entwurf.',
					wouldRecommend: true,
					caseStoryConsent: true,
					submittedBy: coordinatorId
				})
				.onConflictDoNothing()
				.returning({ id: evaluation.id });
			// The consent proof exists exactly when the demo questionnaire was created here (never twice).
			if (created) {
				await tx.insert(consentRecord).values({
					subjectType: 'consultation',
					subjectId: muenster.id,
					purpose: CASE_STORY_PURPOSE,
					granted: true,
					textVersion: CASE_STORY_TEXT_VERSION,
					way: 'coordinator'
				});
			}
			await tx
				.insert(evaluation)
				.values({
					consultationId: muenster.id,
					kind: 'advisor',
					organisationsInvolved: 7,
					newCooperations: 2,
					participants: 64,
					measuresPlanned: 5,
					measuresImplemented: 3,
					migrationShareEstimate: 55,
					comments:
						'Das Personalamt war von Anfang an offen. Zwei Vereine beraten die Bürgerämter jetzt regelmäßig bei mehrsprachigen Informationen. Für Folgeberatungen: die Termine auf den frühen Abend legen, damit Ehrenamtliche teilnehmen können.',
					submittedBy: advisorId
				})
				.onConflictDoNothing();
		});
	}

	const bielefeld = await find(BIELEFELD_AGS, 'evaluation');
	if (bielefeld) {
		// Numbers from the demo sessions and measures when they exist, so the questionnaire matches them.
		const prefill = await prefillAdvisorEvaluation(db, bielefeld.id);
		await db.transaction(async (tx) => {
			const [created] = await tx
				.insert(evaluation)
				.values({
					consultationId: bielefeld.id,
					kind: 'advisor',
					organisationsInvolved: Math.max(prefill.organisationsInvolved, 5),
					organisationIds: prefill.organisationIds,
					newCooperations: 3,
					participants: prefill.participants || 41,
					measuresPlanned: prefill.measuresPlanned || 4,
					measuresImplemented: prefill.measuresPlanned ? prefill.measuresImplemented : 2,
					migrationShareEstimate: 60,
					comments:
						'Drei migrantische Vereine sind jetzt Mitglied der Fairtrade-Steuerungsgruppe. Der Faire Markt im Frühjahr war gut besucht; die türkischsprachigen Einladungen haben viel bewirkt. Offen ist noch, wer die Steuerungsgruppe nach 2027 koordiniert.',
					submittedBy: advisorId
				})
				.onConflictDoNothing()
				.returning({ id: evaluation.id });
			if (created) {
				await appendTimeline(tx, {
					consultationId: bielefeld.id,
					actorId: advisorId,
					kind: 'evaluation',
					visibility: 'all',
					data: { action: 'submitted', evaluation: 'advisor', title: m.eval_kind_advisor({}, { locale: 'de' }), id: created.id }
				});
			}
		});
	}
}
