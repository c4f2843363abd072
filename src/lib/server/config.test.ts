import { mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError, ensureDataDir, loadConfig, parseEnv } from './config';

/** Runs fn and returns the ConfigError it throws, so a test can check which variable it names. */
function configError(fn: () => unknown): ConfigError {
	try {
		fn();
	} catch (err) {
		expect(err).toBeInstanceOf(ConfigError);
		return err as ConfigError;
	}
	throw new Error('expected a ConfigError, but nothing was thrown');
}

describe('parseEnv', () => {
	it('gives working defaults for an empty development environment', () => {
		const c = parseEnv({});
		expect(c.port).toBe(3000);
		expect(c.origin).toBe('http://localhost:3000');
		expect(c.production).toBe(false);
		expect(c.demo).toBe(true);
		expect(c.secureCookies).toBe(false);
		expect(c.dataDir).toBe(path.resolve('./data'));
		expect(path.isAbsolute(c.dataDir)).toBe(true);
		expect(c.databaseUrl).toBeUndefined();
		expect(c.smtpUrl).toBeUndefined();
		expect(c.authSecret).toBeUndefined();
		expect(c.logLevel).toBe('info');
		expect(c.jobsEnabled).toBe(true);
	});

	it('derives the default origin from PORT and strips a trailing slash from ORIGIN', () => {
		expect(parseEnv({ PORT: '8080' }).origin).toBe('http://localhost:8080');
		expect(parseEnv({ ORIGIN: 'https://miglobe.example.org/' }).origin).toBe('https://miglobe.example.org');
	});

	it('turns demo off in production and refuses production without ORIGIN', () => {
		const err = configError(() => parseEnv({ NODE_ENV: 'production' }));
		expect(err.variable).toBe('ORIGIN');
		expect(err.message).toContain('ORIGIN');
		const c = parseEnv({ NODE_ENV: 'production', ORIGIN: 'https://miglobe.example.org' });
		expect(c.production).toBe(true);
		expect(c.demo).toBe(false);
	});

	it('turns demo off in development with DEMO=false, and rejects a DEMO that is not a boolean', () => {
		expect(parseEnv({ DEMO: 'false' }).demo).toBe(false);
		expect(parseEnv({ DEMO: '0' }).demo).toBe(false);
		expect(configError(() => parseEnv({ DEMO: 'vielleicht' })).variable).toBe('DEMO');
	});

	it('uses secure cookies exactly when the origin is https', () => {
		expect(parseEnv({ ORIGIN: 'https://miglobe.example.org' }).secureCookies).toBe(true);
		expect(parseEnv({ ORIGIN: 'http://miglobe.example.org' }).secureCookies).toBe(false);
	});

	it('accepts postgres:// and postgresql:// database URLs', () => {
		expect(parseEnv({ DATABASE_URL: 'postgres://u@db:5432/miglobe' }).databaseUrl).toBe('postgres://u@db:5432/miglobe');
		expect(parseEnv({ DATABASE_URL: 'postgresql://u@db/miglobe' }).databaseUrl).toBe('postgresql://u@db/miglobe');
	});

	// Each bad value must name the variable the operator has to fix.
	it.each([
		['DATABASE_URL', { DATABASE_URL: 'mysql://x' }],
		['DATABASE_URL', { DATABASE_URL: 'not a url' }],
		['PORT', { PORT: 'abc' }],
		['PORT', { PORT: '0' }],
		['PORT', { PORT: '70000' }],
		['PORT', { PORT: '3000.5' }],
		['LOG_LEVEL', { LOG_LEVEL: 'verbose' }],
		['AUTH_SECRET', { AUTH_SECRET: 'too-short' }],
		['SMTP_URL', { SMTP_URL: 'http://mail.example.org' }],
		['SMTP_URL', { SMTP_URL: 'mail.example.org' }],
		['ORIGIN', { ORIGIN: 'ftp://miglobe.example.org' }],
		['JOBS', { JOBS: 'sometimes' }]
	] as const)('names %s for a bad value (%o)', (variable, env) => {
		const err = configError(() => parseEnv(env));
		expect(err.variable).toBe(variable);
		expect(err.message.startsWith(`${variable}:`)).toBe(true);
	});

	it('accepts valid optional values', () => {
		const c = parseEnv({
			SMTP_URL: 'smtps://user:pw@mail.example.org:465',
			LOG_LEVEL: 'DEBUG',
			AUTH_SECRET: 'x'.repeat(32),
			JOBS: 'false'
		});
		expect(c.smtpUrl).toBe('smtps://user:pw@mail.example.org:465');
		expect(c.logLevel).toBe('debug');
		expect(c.authSecret).toBe('x'.repeat(32));
		expect(c.jobsEnabled).toBe(false);
	});
});

describe('ensureDataDir and loadConfig', () => {
	let dir: string;
	afterEach(() => {
		if (dir) rmSync(dir, { recursive: true, force: true });
	});

	it('refuses a DATA_DIR that cannot be created, naming DATA_DIR', () => {
		dir = mkdtempSync(path.join(tmpdir(), 'miglobe-config-'));
		const file = path.join(dir, 'a-file');
		writeFileSync(file, 'not a folder');
		// A folder under a regular file can never be created, whoever runs the test (root included).
		const err = configError(() => ensureDataDir(path.join(file, 'data')));
		expect(err.variable).toBe('DATA_DIR');
		expect(err.message).toContain('DATA_DIR');
	});

	it('creates a missing DATA_DIR', () => {
		dir = mkdtempSync(path.join(tmpdir(), 'miglobe-config-'));
		const target = path.join(dir, 'nested', 'data');
		ensureDataDir(target);
		writeFileSync(path.join(target, 'probe'), 'ok');
		expect(readFileSync(path.join(target, 'probe'), 'utf8')).toBe('ok');
	});

	it('generates the auth secret once and keeps it for the next start', () => {
		dir = mkdtempSync(path.join(tmpdir(), 'miglobe-config-'));
		const first = loadConfig({ DATA_DIR: dir });
		expect(first.authSecret.length).toBeGreaterThanOrEqual(32);
		const second = loadConfig({ DATA_DIR: dir });
		expect(second.authSecret).toBe(first.authSecret);
		expect(readFileSync(path.join(dir, 'auth-secret'), 'utf8').trim()).toBe(first.authSecret);
		// A fresh data directory gets a different secret: it is random, not a constant.
		const other = mkdtempSync(path.join(tmpdir(), 'miglobe-config-'));
		try {
			expect(loadConfig({ DATA_DIR: other }).authSecret).not.toBe(first.authSecret);
		} finally {
			rmSync(other, { recursive: true, force: true });
		}
	});

	it('prefers AUTH_SECRET from the environment and writes no file then', () => {
		dir = mkdtempSync(path.join(tmpdir(), 'miglobe-config-'));
		const secret = 's'.repeat(40);
		expect(loadConfig({ DATA_DIR: dir, AUTH_SECRET: secret }).authSecret).toBe(secret);
		expect(() => readFileSync(path.join(dir, 'auth-secret'))).toThrow();
	});
});
