import { describe, expect, it } from 'vitest';
import type { Actor } from '../consultations/lifecycle';
import { entryMode, evaluationStatus, isEvaluationOpen, maySeeAnswers } from './evaluation-status';

const coordinator: Actor = { roles: ['coordinator'], isAssignedAdvisor: false, isClientUser: false };
const admin: Actor = { roles: ['admin'], isAssignedAdvisor: false, isClientUser: false };
const advisor: Actor = { roles: ['advisor'], isAssignedAdvisor: true, isClientUser: false };
const invitedAdvisor: Actor = { roles: ['advisor'], isAssignedAdvisor: false, isClientUser: false };
const client: Actor = { roles: ['municipality'], isAssignedAdvisor: false, isClientUser: true };

describe('evaluationStatus', () => {
	it('is ready to complete with both questionnaires or a waiver, not with one', () => {
		expect(evaluationStatus([], null)).toEqual({ municipalityDone: false, advisorDone: false, waived: false, readyToComplete: false });
		expect(evaluationStatus(['advisor'], null)).toMatchObject({ advisorDone: true, readyToComplete: false });
		expect(evaluationStatus(['municipality'], '   ')).toMatchObject({ municipalityDone: true, waived: false, readyToComplete: false });
		expect(evaluationStatus(['advisor', 'municipality'], null).readyToComplete).toBe(true);
		expect(evaluationStatus([], 'Kommune antwortet nicht mehr')).toMatchObject({ waived: true, readyToComplete: true });
	});

	it('is open for answers only in the evaluation phase', () => {
		expect(isEvaluationOpen('evaluation')).toBe(true);
		for (const s of ['implementation', 'completed', 'paused', 'withdrawn'] as const) expect(isEvaluationOpen(s)).toBe(false);
	});
});

describe('who enters and who reads', () => {
	it('lets each party enter its own questionnaire and coordinators both on their behalf', () => {
		expect(entryMode('municipality', client)).toBe('self');
		expect(entryMode('advisor', client)).toBeNull();
		expect(entryMode('advisor', advisor)).toBe('self');
		expect(entryMode('municipality', advisor)).toBeNull();
		expect(entryMode('advisor', invitedAdvisor)).toBeNull();
		expect(entryMode('municipality', coordinator)).toBe('on_behalf');
		expect(entryMode('advisor', coordinator)).toBe('on_behalf');
		expect(entryMode('municipality', admin)).toBeNull();
		// A coordinator who is also the municipality's user enters as the municipality.
		expect(entryMode('municipality', { roles: ['coordinator', 'municipality'], isAssignedAdvisor: false, isClientUser: true })).toBe('self');
	});

	it("shows the municipality its own answers but not the advisors' internal comments", () => {
		expect(maySeeAnswers('municipality', client)).toBe(true);
		expect(maySeeAnswers('advisor', client)).toBe(false);
		for (const a of [coordinator, admin, advisor]) {
			expect(maySeeAnswers('municipality', a)).toBe(true);
			expect(maySeeAnswers('advisor', a)).toBe(true);
		}
		expect(maySeeAnswers('advisor', invitedAdvisor)).toBe(false);
	});
});
