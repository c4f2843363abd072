import type { Db } from '../db/client';
import { evaluation } from '../db/schema';
import type { AdvisorAnswers, MunicipalityAnswers } from '../evaluations/evaluation-forms';

/** Valid answers of the municipality's questionnaire, as the form schema returns them. */
export function municipalityAnswers(overrides: Partial<MunicipalityAnswers> = {}): MunicipalityAnswers {
	return {
		satisfaction: 4,
		aimPerspectives: 4,
		aimAppreciation: 5,
		aimParticipation: 3,
		learnings: 'Die Vereine wollen früher beteiligt werden, nicht erst bei der Umsetzung.',
		wouldRecommend: true,
		caseStoryConsent: false,
		...overrides
	};
}

/** Valid answers of the advisors' questionnaire. */
export function advisorAnswers(overrides: Partial<AdvisorAnswers> = {}): AdvisorAnswers {
	return {
		organisationsInvolved: 6,
		newCooperations: 2,
		participants: 48,
		measuresPlanned: 4,
		measuresImplemented: 2,
		migrationShareEstimate: 60,
		comments: 'Gute Zusammenarbeit mit dem Integrationsrat.',
		...overrides
	};
}

/** A stored questionnaire of the given kind, written directly (no checks, timeline or mails). */
export async function createTestEvaluation(
	db: Db,
	consultationId: string,
	kind: 'municipality' | 'advisor',
	overrides: Partial<typeof evaluation.$inferInsert> = {}
) {
	const answers = kind === 'municipality' ? municipalityAnswers() : advisorAnswers();
	const [row] = await db
		.insert(evaluation)
		.values({ consultationId, kind, ...answers, ...overrides })
		.returning();
	return row;
}
