import { describe, expect, it } from 'vitest';
import { parseForm } from '../forms';
import { advisorEvaluationSchema, EVALUATION_MESSAGES, municipalityEvaluationSchema, parseVersion, waiverSchema } from './evaluation-forms';

function form(entries: Record<string, string>): FormData {
	const data = new FormData();
	for (const [k, v] of Object.entries(entries)) data.append(k, v);
	return data;
}

const municipality = { satisfaction: '4', aimPerspectives: '5', aimAppreciation: '3', aimParticipation: '2', learnings: ' Mehr Zeit einplanen. ', wouldRecommend: 'yes' };
const advisor = { organisationsInvolved: '6', newCooperations: '0', participants: '1.200', measuresPlanned: '4', measuresImplemented: '2', migrationShareEstimate: '', comments: '' };

describe('municipality questionnaire', () => {
	it('turns the radio values into numbers and the checkbox into a boolean', () => {
		expect(parseForm(municipalityEvaluationSchema, form({ ...municipality, caseStoryConsent: 'yes' }))).toEqual({
			ok: true,
			data: { satisfaction: 4, aimPerspectives: 5, aimAppreciation: 3, aimParticipation: 2, learnings: 'Mehr Zeit einplanen.', wouldRecommend: true, caseStoryConsent: true }
		});
		const r = parseForm(municipalityEvaluationSchema, form({ ...municipality, wouldRecommend: 'no' }));
		expect(r.ok && r.data).toMatchObject({ wouldRecommend: false, caseStoryConsent: false });
	});

	it('names every missing or out-of-range scale in German and keeps the input', () => {
		const { satisfaction: _omit, ...rest } = municipality;
		const r = parseForm(municipalityEvaluationSchema, form({ ...rest, aimPerspectives: '6', wouldRecommend: 'vielleicht', learnings: 'x'.repeat(5001) }), { messages: EVALUATION_MESSAGES });
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect(r.errors).toEqual({
			satisfaction: 'Bitte wählen Sie einen Wert von 1 bis 5.',
			aimPerspectives: 'Bitte wählen Sie einen Wert von 1 bis 5.',
			wouldRecommend: 'Bitte wählen Sie „Ja“ oder „Nein“.',
			learnings: 'Der Text darf höchstens 5.000 Zeichen lang sein.'
		});
		expect(r.values.aimAppreciation).toBe('3');
	});
});

describe('advisors questionnaire', () => {
	it('reads counts with German thousands separators and an empty estimate as none', () => {
		const r = parseForm(advisorEvaluationSchema, form(advisor));
		expect(r.ok && r.data).toEqual({ organisationsInvolved: 6, newCooperations: 0, participants: 1200, measuresPlanned: 4, measuresImplemented: 2, migrationShareEstimate: null, comments: '' });
		const withEstimate = parseForm(advisorEvaluationSchema, form({ ...advisor, migrationShareEstimate: '40 %' }));
		expect(withEstimate.ok && withEstimate.data.migrationShareEstimate).toBe(40);
	});

	it('refuses missing, negative, fractional and too large counts and an estimate above 100', () => {
		const r = parseForm(
			advisorEvaluationSchema,
			form({ ...advisor, organisationsInvolved: '', newCooperations: '-1', participants: '10001', measuresPlanned: '2,5', migrationShareEstimate: '101' }),
			{ messages: EVALUATION_MESSAGES }
		);
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect(r.errors).toEqual({
			organisationsInvolved: 'Bitte geben Sie eine Zahl ein, 0 wenn es keine gab.',
			newCooperations: 'Bitte geben Sie eine ganze Zahl von 0 bis 10.000 ein.',
			participants: 'Bitte geben Sie eine ganze Zahl von 0 bis 10.000 ein.',
			measuresPlanned: 'Bitte geben Sie eine ganze Zahl von 0 bis 10.000 ein.',
			migrationShareEstimate: 'Bitte geben Sie eine ganze Zahl von 0 bis 100 ein oder lassen Sie das Feld leer.'
		});
		const missing = parseForm(advisorEvaluationSchema, form({}), { messages: EVALUATION_MESSAGES });
		expect(!missing.ok && Object.keys(missing.errors).sort()).toEqual(['measuresImplemented', 'measuresPlanned', 'newCooperations', 'organisationsInvolved', 'participants']);
	});
});

describe('waiver and version', () => {
	it('needs a reason of at most 2,000 characters', () => {
		expect(parseForm(waiverSchema, form({ reason: '  Kontakt verlassen  ' }))).toEqual({ ok: true, data: { reason: 'Kontakt verlassen' } });
		const blank = parseForm(waiverSchema, form({ reason: '  ' }), { messages: EVALUATION_MESSAGES });
		expect(!blank.ok && blank.errors.reason).toBe('Bitte begründen Sie, warum die Auswertung unvollständig bleibt.');
		const long = parseForm(waiverSchema, form({ reason: 'x'.repeat(2001) }), { messages: EVALUATION_MESSAGES });
		expect(!long.ok && long.errors.reason).toBe('Die Begründung darf höchstens 2.000 Zeichen lang sein.');
	});

	it('reads a version as a whole number and nothing else', () => {
		expect(parseVersion('0')).toBe(0);
		expect(parseVersion('12')).toBe(12);
		expect(parseVersion('-1')).toBeNull();
		expect(parseVersion('1e3')).toBeNull();
		expect(parseVersion(null)).toBeNull();
	});
});
