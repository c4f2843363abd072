import { describe, expect, it } from 'vitest';
import type { ConsultationAccess } from '../consultations/access';
import { assertCanManageSessions, canManageSessions, withoutInternalNotes } from './session-rules';

const access = (roles: ConsultationAccess['actor']['roles'], extra: Partial<ConsultationAccess['actor']> = {}, state = 'in_dialogue') =>
	({ actor: { roles, isAssignedAdvisor: false, isClientUser: false, ...extra }, consultation: { state } }) as unknown as ConsultationAccess;

describe('session rules', () => {
	it('lets coordinators and accepted advisors plan sessions, not municipality users or admins', () => {
		expect(canManageSessions(access(['coordinator']))).toBe(true);
		expect(canManageSessions(access(['advisor'], { isAssignedAdvisor: true }))).toBe(true);
		expect(canManageSessions(access(['advisor']))).toBe(false);
		expect(canManageSessions(access(['municipality'], { isClientUser: true }))).toBe(false);
		expect(canManageSessions(access(['admin']))).toBe(false);
	});

	it('refuses by role first, then for a closed consultation', () => {
		expect(() => assertCanManageSessions(access(['municipality'], {}, 'completed'))).toThrow(expect.objectContaining({ code: 'not_allowed', status: 403 }));
		expect(() => assertCanManageSessions(access(['coordinator'], {}, 'withdrawn'))).toThrow(expect.objectContaining({ code: 'consultation_closed', status: 409 }));
		expect(() => assertCanManageSessions(access(['coordinator'], {}, 'paused'))).not.toThrow();
	});

	it('strips internal notes for those who may not read them', () => {
		expect(withoutInternalNotes({ notesInternal: 'intern', title: 't' }, false)).toEqual({ notesInternal: '', title: 't' });
		expect(withoutInternalNotes({ notesInternal: 'intern' }, true)).toEqual({ notesInternal: 'intern' });
	});
});
