import { and, eq } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { consentRecord, consultation, district, outboxMail, timelineEntry } from '../../db/schema';
import { seedReferenceData } from '../../reference/topics-seed';
import { createTestMunicipality } from '../../testing/geo-factories';
import { describeDb } from '../../testing/test-db';
import { createRequest } from './create-request';
import { getRequestStatus } from './get-request-status';
import { createRequestChallenge, proofOfWorkKey, verifyRequestSolution } from './proof-of-work';
import type { RequestInput } from './request-schema';
import { RequestReferenceError } from './errors';
import { searchRequestClients } from './search-request-clients';
import { createHash, randomBytes } from 'node:crypto';

const ORIGIN = 'http://localhost:3000';
const key = () => randomBytes(24).toString('base64url');
const input = (o: Partial<RequestInput> = {}): RequestInput => ({
	client: '05358008',
	contactName: 'Anna Schmidt',
	contactFunction: 'KEpol',
	contactEmail: `anna-${randomBytes(3).toString('hex')}@example.org`,
	contactPhone: null,
	topics: ['agenda-2030'],
	sdgs: [17],
	concern: 'Mehr Zusammenarbeit mit Vereinen.',
	involve: '',
	desiredFormat: 'workshop',
	timeframe: 'flexible',
	heardVia: '',
	consentProcessing: true,
	submissionKey: key(),
	powSolution: null,
	...o
});

describeDb('public request', ({ db, driver }) => {
	beforeAll(async () => {
		await seedReferenceData(db());
		await createTestMunicipality(db(), { ags: '05358008', name: 'Düren, Stadt', districtCode: '05358' });
		await db().update(district).set({ name: 'Düren' }).where(eq(district.code, '05358'));
	});

	it('writes the consultation, the consent record, the timeline entry and two mails', async () => {
		const data = input();
		const result = await createRequest(db(), data, { origin: ORIGIN, now: new Date('2026-03-01T10:00:00Z'), spam: 'no_proof_of_work' });
		expect(result.created).toBe(true);
		expect(result.reference).toMatch(/^MG-2026-\d{4}$/);
		const [row] = await db().select().from(consultation).where(eq(consultation.id, result.id));
		expect(row).toMatchObject({ state: 'requested', year: 2026, municipalityAgs: '05358008', source: 'public_form' });
		expect(row.statusTokenHash).toBe(createHash('sha256').update(result.statusToken!).digest('hex'));
		const consents = await db().select().from(consentRecord).where(eq(consentRecord.subjectId, result.id));
		expect(consents).toEqual([expect.objectContaining({ subjectType: 'consultation', textVersion: 'request-2026-11', way: 'request_form', granted: true })]);
		const timeline = await db().select().from(timelineEntry).where(eq(timelineEntry.consultationId, result.id));
		expect(timeline).toEqual([expect.objectContaining({ kind: 'created', visibility: 'all', data: { source: 'public_form', spam: 'no_proof_of_work' } })]);
		const [confirmation] = await db().select().from(outboxMail).where(and(eq(outboxMail.to, data.contactEmail), eq(outboxMail.kind, 'request.confirmation')));
		expect(confirmation.text).toContain(`${ORIGIN}/anfrage/status/${result.statusToken}`);
		expect(confirmation.text).toContain(result.reference);
		const notices = await db().select().from(outboxMail).where(eq(outboxMail.kind, 'request.new'));
		expect(notices.some((n) => n.subject.includes(result.reference))).toBe(true);
	});

	it('returns the same request for the same submission key', async () => {
		const data = input();
		const first = await createRequest(db(), data, { origin: ORIGIN });
		const second = await createRequest(db(), data, { origin: ORIGIN });
		expect(second).toMatchObject({ id: first.id, reference: first.reference, created: false });
		expect(await db().select().from(consultation).where(eq(consultation.submissionKey, data.submissionKey))).toHaveLength(1);
		expect(await db().select().from(outboxMail).where(eq(outboxMail.to, data.contactEmail))).toHaveLength(1);
	});

	it('refuses an unknown municipality and inactive topics with field codes', async () => {
		await expect(createRequest(db(), input({ client: '05999999', topics: ['nope'] }), { origin: ORIGIN })).rejects.toThrow(RequestReferenceError);
		try {
			await createRequest(db(), input({ client: '05999999', topics: ['nope'] }), { origin: ORIGIN });
		} catch (err) {
			expect((err as RequestReferenceError).codes).toEqual({ client: 'req_error_client', topics: 'req_error_topic_unknown' });
		}
	});

	it('accepts a district as client and finds clients ignoring case and accents', async () => {
		const r = await createRequest(db(), input({ client: '05358' }), { origin: ORIGIN });
		const [row] = await db().select().from(consultation).where(eq(consultation.id, r.id));
		expect(row).toMatchObject({ districtCode: '05358', municipalityAgs: null });
		const found = await searchRequestClients(db(), 'dur');
		expect(found.map((f) => f.value)).toEqual(expect.arrayContaining(['05358', '05358008']));
		expect(await searchRequestClients(db(), '%')).toEqual([]);
	});

	it('gives distinct running numbers to concurrent requests', async () => {
		const now = new Date('2027-05-01T10:00:00Z');
		const results = await Promise.all(Array.from({ length: 10 }, () => createRequest(db(), input(), { origin: ORIGIN, now })));
		const refs = results.map((r) => r.reference).sort();
		expect(new Set(refs).size).toBe(10);
		expect(refs[0]).toBe('MG-2027-0001');
		expect(refs[9]).toBe('MG-2027-0010');
	}, driver === 'postgres' ? 30_000 : 60_000);

	it('finds the status by the token hash only', async () => {
		const r = await createRequest(db(), input(), { origin: ORIGIN });
		const status = await getRequestStatus(db(), r.statusToken);
		expect(status).toMatchObject({ reference: r.reference, clientName: 'Düren, Stadt', state: 'requested', declineReason: null });
		expect(status).not.toHaveProperty('contactEmail');
		expect(await getRequestStatus(db(), randomBytes(32).toString('base64url'))).toBeNull();
		const [row] = await db().select().from(consultation).where(eq(consultation.id, r.id));
		expect(await getRequestStatus(db(), row.statusTokenHash)).toBeNull();
	});
});

describeDb('request proof of work', () => {
	it('accepts a valid solution and refuses a forged or foreign one', async () => {
		const hmacKey = proofOfWorkKey('x'.repeat(40));
		const submissionKey = key();
		const c = await createRequestChallenge(hmacKey, submissionKey);
		let number = -1;
		for (let n = 0; n <= c.maxnumber; n++) {
			if (createHash('sha256').update(c.salt + n).digest('hex') === c.challenge) {
				number = n;
				break;
			}
		}
		const encode = (p: object) => Buffer.from(JSON.stringify(p)).toString('base64');
		const payload = { algorithm: c.algorithm, challenge: c.challenge, number, salt: c.salt, signature: c.signature };
		expect(await verifyRequestSolution(hmacKey, encode(payload), submissionKey)).toBe(true);
		expect(await verifyRequestSolution(hmacKey, encode({ ...payload, number: number + 1 }), submissionKey)).toBe(false);
		expect(await verifyRequestSolution(hmacKey, encode({ ...payload, signature: 'f'.repeat(64) }), submissionKey)).toBe(false);
		expect(await verifyRequestSolution(proofOfWorkKey('y'.repeat(40)), encode(payload), submissionKey)).toBe(false);
		expect(await verifyRequestSolution(hmacKey, encode(payload), key())).toBe(false);
		expect(await verifyRequestSolution(hmacKey, 'not base64 json', submissionKey)).toBe(false);
		expect(await verifyRequestSolution(hmacKey, null, submissionKey)).toBe(false);
	});
});
