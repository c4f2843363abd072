import type { Db } from '../../db/client';
import { consentRecord } from '../../db/schema';
import { CONSENT_TEXT_VERSIONS, ORGANISATION_SUBJECT, type ConsentPurpose, type ConsentWay } from './consents';

/** Writes one consent_record per decision, each with the version of its text, the way and the time. */
export async function recordConsents(
	tx: Db,
	organisationId: string,
	decisions: { purpose: ConsentPurpose; granted: boolean }[],
	way: ConsentWay,
	at: Date
) {
	if (decisions.length === 0) return;
	await tx.insert(consentRecord).values(
		decisions.map((d) => ({
			subjectType: ORGANISATION_SUBJECT,
			subjectId: organisationId,
			purpose: d.purpose,
			granted: d.granted,
			textVersion: CONSENT_TEXT_VERSIONS[d.purpose],
			way,
			at
		}))
	);
}
