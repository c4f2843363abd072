import type { Db } from '../db/client';
import type { AdvisorAnswers } from './evaluation-forms';
import { prefillAdvisorEvaluation } from './prefill-advisor-evaluation';
import { saveEvaluation, type SaveEvaluationCommand } from './save-evaluation';

/**
 * The advisors' questionnaire (organisations involved, new cooperations, participants, measures planned and
 * implemented, optional estimate of the share with a migration biography, internal comments), entered by an
 * accepted advisor for the tandem, or by a coordinator on their behalf. Create or update, version-checked.
 * The directory organisations involved are taken from the sessions at the time of saving, so that reports can
 * count distinct organisations; the count the advisors type may be higher (organisations not in the directory).
 */
export async function submitAdvisorEvaluation(
	db: Db,
	cmd: SaveEvaluationCommand & { answers: AdvisorAnswers },
	options: { origin: string; now?: Date }
) {
	return saveEvaluation(
		db,
		'advisor',
		cmd,
		async (tx) => ({ ...cmd.answers, organisationIds: (await prefillAdvisorEvaluation(tx, cmd.consultationId)).organisationIds }),
		options
	);
}
