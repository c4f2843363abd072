import { and, eq } from 'drizzle-orm';
import type { Locale } from '$lib/paraglide/runtime.js';
import type { Db } from '../../db/client';
import { consentRecord, consultation } from '../../db/schema';
import { enqueueMail } from '../../mail/outbox';
import { getSettings } from '../../settings/settings-store';
import { appendTimeline } from '../timeline';
import { checkRequestReferences } from './check-request-references';
import { isUniqueViolation, nextReference, referenceYear } from '../next-reference';
import { requestLinks, requestMailTexts } from './request-mails';
import { CONSULTATION_SUBJECT, REQUEST_CONSENT, clientKind } from './request-rules';
import type { RequestInput } from './request-schema';
import { createStatusToken } from './status-token';

export type SpamSignal = 'no_proof_of_work' | null;

export interface CreateRequestOptions {
	origin: string;
	/** Language of the page the request was sent from: the confirmation mail uses it. */
	locale?: Locale;
	spam?: SpamSignal;
	now?: Date;
}

const MAX_ATTEMPTS = 5;

/**
 * A request from the public form becomes a consultation in state 'requested', with its consent record, a
 * 'created' timeline entry and two queued mails (contact person with the private status link, coordination),
 * all in one short transaction. The same submission key twice returns the first request (created: false).
 * The running number is max+1 within the year, taken under a per-year advisory lock; should two requests still
 * collide on the unique reference, the loser tries again with a fresh transaction (up to five times).
 */
export async function createRequest(db: Db, input: RequestInput, { origin, locale = 'de', spam = null, now = new Date() }: CreateRequestOptions) {
	const existing = await findBySubmissionKey(db, input.submissionKey);
	if (existing) return { ...existing, created: false, statusToken: null };
	const { clientName } = await checkRequestReferences(db, input);
	const settings = await getSettings(db);
	const year = referenceYear(now);
	const isDistrict = clientKind(input.client) === 'district';
	for (let attempt = 1; ; attempt++) {
		try {
			return await db.transaction(async (tx) => {
				const reference = await nextReference(tx, year);
				const token = createStatusToken();
				const [row] = await tx
					.insert(consultation)
					.values({
						reference,
						year,
						municipalityAgs: isDistrict ? null : input.client,
						districtCode: isDistrict ? input.client : null,
						contactName: input.contactName,
						contactFunction: input.contactFunction,
						contactEmail: input.contactEmail,
						contactPhone: input.contactPhone,
						topics: [...new Set(input.topics)],
						sdgs: [...new Set(input.sdgs)].sort((a, b) => a - b),
						concern: input.concern,
						involve: input.involve,
						desiredFormat: input.desiredFormat,
						timeframe: input.timeframe,
						heardVia: input.heardVia,
						statusTokenHash: token.hash,
						submissionKey: input.submissionKey,
						source: 'public_form',
						createdAt: now,
						updatedAt: now
					})
					.onConflictDoNothing({ target: consultation.submissionKey })
					.returning({ id: consultation.id, reference: consultation.reference });
				// The same form was sent twice at the same moment: the other transaction created it.
				if (!row) {
					const first = await findBySubmissionKey(tx, input.submissionKey);
					if (!first) throw new Error('submission key conflict without a row');
					return { ...first, created: false, statusToken: null };
				}
				await tx.insert(consentRecord).values({
					subjectType: CONSULTATION_SUBJECT,
					subjectId: row.id,
					purpose: REQUEST_CONSENT.purpose,
					granted: true,
					textVersion: REQUEST_CONSENT.textVersion,
					way: REQUEST_CONSENT.way,
					at: now
				});
				await appendTimeline(tx, {
					consultationId: row.id,
					actorId: null,
					kind: 'created',
					visibility: 'all',
					data: { source: 'public_form', ...(spam ? { spam } : {}) }
				});
				const links = requestLinks(origin, locale);
				const confirmation = requestMailTexts(locale).confirmation({
					name: input.contactName,
					reference,
					client: clientName,
					url: links.status(token.raw)
				});
				await enqueueMail(tx, { kind: 'request.confirmation', to: input.contactEmail, ...confirmation });
				const notice = requestMailTexts('de').newRequest({
					reference,
					client: clientName,
					name: input.contactName,
					email: input.contactEmail,
					url: links.backOffice(),
					spam: spam ?? '-'
				});
				await enqueueMail(tx, { kind: 'request.new', to: settings.coordinationEmail, ...notice });
				return { id: row.id, reference: row.reference, created: true, statusToken: token.raw };
			});
		} catch (err) {
			if (attempt < MAX_ATTEMPTS && isUniqueViolation(err, 'consultation_reference_unique')) {
				await new Promise((r) => setTimeout(r, Math.random() * 20 * attempt));
				continue;
			}
			if (isUniqueViolation(err, 'consultation_submission_key_unique')) {
				const first = await findBySubmissionKey(db, input.submissionKey);
				if (first) return { ...first, created: false, statusToken: null };
			}
			throw err;
		}
	}
}

async function findBySubmissionKey(db: Db, submissionKey: string) {
	const [row] = await db
		.select({ id: consultation.id, reference: consultation.reference })
		.from(consultation)
		.where(and(eq(consultation.submissionKey, submissionKey), eq(consultation.source, 'public_form')));
	return row ?? null;
}
