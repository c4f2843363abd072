import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { createDatabase } from '../../src/lib/server/db/client';
import { runMigrations } from '../../src/lib/server/db/migrate';

declare module 'vitest' {
	export interface ProvidedContext {
		pgliteTemplate: string;
		postgresTemplateUrl: string | null;
	}
}

export const PG_TEMPLATE_DB = 'miglobe_test_template';

/**
 * PGlite's first start takes seconds; we migrate one in-memory instance once, dump its data
 * directory, and every test database starts from a copy of that dump. On PostgreSQL, a migrated
 * template database plays the same part (CREATE DATABASE … TEMPLATE).
 */
export default async function setup(project: TestProject) {
	const dir = mkdtempSync(path.join(tmpdir(), 'miglobe-test-'));
	const database = await createDatabase({});
	await runMigrations(database);
	const client = (database.db as unknown as { $client: { dumpDataDir(c: 'none'): Promise<Blob> } }).$client;
	const dump = await client.dumpDataDir('none');
	const file = path.join(dir, 'template.tar');
	writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
	await database.close();
	project.provide('pgliteTemplate', file);

	const url = process.env.TEST_DATABASE_URL;
	project.provide('postgresTemplateUrl', url ? await preparePostgresTemplate(url) : null);

	return async () => {
		rmSync(dir, { recursive: true, force: true });
	};
}

async function preparePostgresTemplate(adminUrl: string): Promise<string> {
	const admin = new pg.Client({ connectionString: adminUrl });
	await admin.connect();
	try {
		await admin.query(`DROP DATABASE IF EXISTS ${PG_TEMPLATE_DB} WITH (FORCE)`);
		await admin.query(`CREATE DATABASE ${PG_TEMPLATE_DB}`);
	} finally {
		await admin.end();
	}
	const templateUrl = withDatabase(adminUrl, PG_TEMPLATE_DB);
	const database = await createDatabase({ databaseUrl: templateUrl, poolSize: 1 });
	await runMigrations(database);
	await database.close();
	return templateUrl;
}

export function withDatabase(url: string, name: string): string {
	const u = new URL(url);
	u.pathname = `/${name}`;
	return u.toString();
}
