import type { Db } from '../db/client';
import type { MunicipalityAnswers } from './evaluation-forms';
import { saveEvaluation, type SaveEvaluationCommand } from './save-evaluation';

/**
 * The municipality's questionnaire (satisfaction, the three aims, learnings, recommendation, case-story consent),
 * entered by the municipality's users of the consultation, or by a coordinator on its behalf. Create or update,
 * version-checked; see saveEvaluation for what else is written.
 */
export async function submitMunicipalityEvaluation(
	db: Db,
	cmd: SaveEvaluationCommand & { answers: MunicipalityAnswers },
	options: { origin: string; now?: Date }
) {
	return saveEvaluation(db, 'municipality', cmd, { ...cmd.answers }, options);
}
