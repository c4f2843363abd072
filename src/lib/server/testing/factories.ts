import { randomBytes } from 'node:crypto';
import type { Role } from '$lib/roles';
import type { Config } from '../config';
import type { Db } from '../db/client';
import { createUserWithPassword } from '../users/create-user-with-password';

export const TEST_PASSWORD = 'Ein-langes-Test-Passwort-42';

let counter = 0;
export function uniqueEmail(prefix = 'person'): string {
	counter++;
	return `${prefix}-${counter}-${randomBytes(3).toString('hex')}@test.miglobe.de`;
}

export async function createTestUser(db: Db, overrides: { roles?: Role[]; name?: string; email?: string; password?: string } = {}) {
	const email = overrides.email ?? uniqueEmail();
	const id = await createUserWithPassword(db, {
		name: overrides.name ?? 'Test Person',
		email,
		password: overrides.password ?? TEST_PASSWORD,
		roles: overrides.roles ?? []
	});
	return { id, email, password: overrides.password ?? TEST_PASSWORD };
}

export function testConfig(overrides: Partial<Config> = {}): Config {
	return {
		production: false,
		demo: true,
		port: 3000,
		origin: 'http://localhost:3000',
		secureCookies: false,
		dataDir: '/tmp/miglobe-test-unused',
		databaseUrl: undefined,
		smtpUrl: undefined,
		mailFrom: 'MiGlobe NRW <no-reply@miglobe.localhost>',
		uploadMaxMb: 20,
		authSecret: 'test-secret-test-secret-test-secret-0123456789',
		logLevel: 'error',
		jobsEnabled: false,
		...overrides
	};
}
