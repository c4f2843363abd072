import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { sql } from 'drizzle-orm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import pg from 'pg';
import * as schema from './schema';
import { acquireLock } from './lock';
import { log } from '../logger';

export type Schema = typeof schema;
/** Either driver, or a transaction of either: domain code takes this and never cares which. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

export interface Database {
	db: Db;
	kind: 'pglite' | 'postgres';
	/** Flush to disk (PGlite) before a backup or shutdown. */
	checkpoint(): Promise<void>;
	close(): Promise<void>;
}

export interface DatabaseOptions {
	databaseUrl?: string;
	/** PGlite data directory; undefined means in memory (tests). */
	pgliteDir?: string;
	/** A dump made by PGlite's dumpDataDir, to start from a migrated template (tests). */
	loadDataDir?: Blob;
	poolSize?: number;
}

export function pgliteDirFor(dataDir: string): string {
	return path.join(dataDir, 'db');
}

export async function openPglite(options: Pick<DatabaseOptions, 'pgliteDir' | 'loadDataDir'>) {
	return PGlite.create({
		dataDir: options.pgliteDir,
		loadDataDir: options.loadDataDir,
		extensions: { pg_trgm, unaccent }
	});
}

export async function createDatabase(options: DatabaseOptions): Promise<Database> {
	if (options.databaseUrl) {
		const pool = new pg.Pool({ connectionString: options.databaseUrl, max: options.poolSize ?? 10 });
		// An idle connection that the server drops (restart, failover) must not crash the process;
		// the pool replaces it on the next query.
		pool.on('error', (err) => log.warn('idle database connection lost', { error: err.message }));
		const db = drizzlePg(pool, { schema }) as unknown as Db;
		return {
			db,
			kind: 'postgres',
			checkpoint: async () => {},
			close: () => pool.end()
		};
	}

	const release = options.pgliteDir ? acquireLock(`${options.pgliteDir}.lock`) : () => {};
	let client: PGlite;
	try {
		client = await openPglite(options);
	} catch (err) {
		release();
		throw err;
	}
	const db = drizzlePglite(client, { schema }) as unknown as Db;
	return {
		db,
		kind: 'pglite',
		checkpoint: async () => {
			await db.execute(sql`CHECKPOINT`);
		},
		close: async () => {
			try {
				if (!client.closed) await client.close();
			} finally {
				release();
			}
		}
	};
}
