import { describe, expect, it } from 'vitest';
import type { Role } from '$lib/roles';
import type { ConsultationState } from '../consultations/lifecycle';
import { deleteRefusal, maySeeDocument, uploadRefusal } from './document-rules';

const access = (who: 'coordinator' | 'advisor' | 'invited' | 'client' | 'admin', state: ConsultationState = 'in_dialogue') => {
	const roles: Role[] = who === 'invited' ? ['advisor'] : who === 'client' ? ['municipality'] : [who];
	return {
		actor: { roles, isAssignedAdvisor: who === 'advisor', isClientUser: who === 'client' },
		seesInternal: who !== 'client',
		consultation: { state }
	};
};

describe('document rules', () => {
	it('lets coordinators, accepted advisors and municipality users upload while the consultation is open', () => {
		expect(uploadRefusal(access('coordinator'))).toBeNull();
		expect(uploadRefusal(access('advisor'), 'internal')).toBeNull();
		expect(uploadRefusal(access('client'))).toBeNull();
		expect(uploadRefusal(access('client', 'paused'))).toBeNull();
		expect(uploadRefusal(access('client'), 'internal')).toBe('role_not_allowed');
		expect(uploadRefusal(access('invited'))).toBe('role_not_allowed');
		expect(uploadRefusal(access('admin'))).toBe('role_not_allowed');
		for (const state of ['completed', 'declined', 'withdrawn'] as const) expect(uploadRefusal(access('coordinator', state))).toBe('closed');
	});

	it('lets the uploader delete while open, and a coordinator always', () => {
		const own = { uploadedBy: 'me' };
		expect(deleteRefusal(access('client'), own, 'me')).toBeNull();
		expect(deleteRefusal(access('client'), own, 'someone-else')).toBe('role_not_allowed');
		expect(deleteRefusal(access('advisor', 'completed'), own, 'me')).toBe('closed');
		expect(deleteRefusal(access('invited'), own, 'me')).toBe('role_not_allowed');
		expect(deleteRefusal(access('coordinator', 'completed'), { uploadedBy: null }, 'me')).toBeNull();
	});

	it('hides internal documents from municipality users', () => {
		expect(maySeeDocument(access('client'), { visibility: 'internal' })).toBe(false);
		expect(maySeeDocument(access('client'), { visibility: 'all' })).toBe(true);
		expect(maySeeDocument(access('advisor'), { visibility: 'internal' })).toBe(true);
	});
});
