import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { afterAll, beforeAll, describe, inject } from 'vitest';
import { createDatabase, type Database } from '../db/client';

export type Driver = 'pglite' | 'postgres';

/** PGlite always; PostgreSQL too when TEST_DATABASE_URL is set (CI sets it). */
export function drivers(): Driver[] {
	return inject('postgresTemplateUrl') ? ['pglite', 'postgres'] : ['pglite'];
}

/** A fresh, migrated database of the given driver; drop it with the returned close(). */
export async function createTestDatabase(driver: Driver): Promise<Database> {
	if (driver === 'pglite') {
		const dump = new Blob([readFileSync(inject('pgliteTemplate'))]);
		return createDatabase({ loadDataDir: dump });
	}
	const templateUrl = inject('postgresTemplateUrl');
	if (!templateUrl) throw new Error('TEST_DATABASE_URL is not set');
	const name = `miglobe_t_${randomBytes(6).toString('hex')}`;
	const admin = new pg.Client({ connectionString: templateUrl });
	await admin.connect();
	const template = new URL(templateUrl).pathname.slice(1);
	try {
		await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
	} finally {
		await admin.end();
	}
	const url = new URL(templateUrl);
	url.pathname = `/${name}`;
	const database = await createDatabase({ databaseUrl: url.toString(), poolSize: 5 });
	return {
		...database,
		async close() {
			await database.close();
			const cleanup = new pg.Client({ connectionString: templateUrl });
			await cleanup.connect();
			try {
				await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
			} finally {
				await cleanup.end();
			}
		}
	};
}

/**
 * Runs a suite once per driver, each with its own fresh database for the whole describe block.
 * Tests inside create the records they need with the factories, so they do not depend on each other.
 */
export function describeDb(name: string, body: (ctx: { db: () => Database['db']; database: () => Database; driver: Driver }) => void) {
	for (const driver of drivers()) {
		describe(`${name} [${driver}]`, () => {
			let database: Database;
			beforeAll(async () => {
				database = await createTestDatabase(driver);
			});
			afterAll(async () => {
				await database?.close();
			});
			body({ db: () => database.db, database: () => database, driver });
		});
	}
}
