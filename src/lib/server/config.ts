import { randomBytes } from 'node:crypto';
import { accessSync, constants, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/**
 * The only module that reads the environment. It validates everything once and fails fast
 * with one sentence naming the variable, so an operator knows what to fix.
 */

export class ConfigError extends Error {
	constructor(
		readonly variable: string,
		message: string
	) {
		super(message);
		this.name = 'ConfigError';
	}
}

const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface Config {
	production: boolean;
	demo: boolean;
	port: number;
	origin: string;
	secureCookies: boolean;
	dataDir: string;
	databaseUrl: string | undefined;
	smtpUrl: string | undefined;
	mailFrom: string;
	authSecret: string;
	logLevel: LogLevel;
	jobsEnabled: boolean;
	/** Largest document upload in MB (UPLOAD_MAX_MB). */
	uploadMaxMb: number;
}

type Env = Record<string, string | undefined>;

const boolish = z
	.enum(['1', '0', 'true', 'false', 'yes', 'no'])
	.transform((v) => v === '1' || v === 'true' || v === 'yes');

function fail(variable: string, message: string): never {
	throw new ConfigError(variable, `${variable}: ${message}`);
}

function parseUrl(variable: string, value: string, protocols: string[]): string {
	let url: URL;
	try {
		url = new URL(value);
	} catch {
		fail(variable, `"${value}" is not a valid URL (expected ${protocols.join(' or ')}//…).`);
	}
	if (!protocols.includes(url.protocol)) {
		fail(variable, `must start with ${protocols.join(' or ')}// but starts with ${url.protocol}//.`);
	}
	return value;
}

/** Pure: turns an environment into a config, without touching the disk. */
export function parseEnv(env: Env): Omit<Config, 'authSecret'> & { authSecret: string | undefined } {
	const production = env.NODE_ENV === 'production';
	const demoParsed = env.DEMO === undefined || env.DEMO === '' ? undefined : boolish.safeParse(env.DEMO);
	if (demoParsed && !demoParsed.success) fail('DEMO', 'must be true or false.');
	const demo = demoParsed?.data ?? !production;

	const portRaw = env.PORT ?? '3000';
	const port = Number(portRaw);
	if (!Number.isInteger(port) || port < 1 || port > 65535) {
		fail('PORT', `"${portRaw}" is not a port number between 1 and 65535.`);
	}

	if (production && !env.ORIGIN) {
		fail('ORIGIN', 'must be set in production to the public base URL, e.g. https://miglobe.example.org.');
	}
	const origin = parseUrl('ORIGIN', env.ORIGIN ?? `http://localhost:${port}`, ['http:', 'https:']).replace(/\/$/, '');

	const databaseUrl = env.DATABASE_URL
		? parseUrl('DATABASE_URL', env.DATABASE_URL, ['postgres:', 'postgresql:'])
		: undefined;
	const smtpUrl = env.SMTP_URL ? parseUrl('SMTP_URL', env.SMTP_URL, ['smtp:', 'smtps:']) : undefined;

	const logLevel = (env.LOG_LEVEL ?? 'info').toLowerCase();
	if (!(LOG_LEVELS as readonly string[]).includes(logLevel)) {
		fail('LOG_LEVEL', `must be one of ${LOG_LEVELS.join(', ')}.`);
	}

	const authSecret = env.AUTH_SECRET || undefined;
	if (authSecret !== undefined && authSecret.length < 32) {
		fail('AUTH_SECRET', 'must be at least 32 characters long.');
	}

	const mailFrom = env.MAIL_FROM ?? 'MiGlobe NRW <no-reply@miglobe.localhost>';
	const jobsParsed = env.JOBS === undefined ? undefined : boolish.safeParse(env.JOBS);
	if (jobsParsed && !jobsParsed.success) fail('JOBS', 'must be true or false.');

	const uploadMaxRaw = env.UPLOAD_MAX_MB || '20';
	const uploadMaxMb = Number(uploadMaxRaw);
	if (!/^\d+$/.test(uploadMaxRaw) || uploadMaxMb < 1 || uploadMaxMb > 200) {
		fail('UPLOAD_MAX_MB', `"${uploadMaxRaw}" is not a whole number of megabytes between 1 and 200.`);
	}

	return {
		production,
		demo,
		port,
		origin,
		secureCookies: origin.startsWith('https:'),
		dataDir: path.resolve(env.DATA_DIR || './data'),
		databaseUrl,
		smtpUrl,
		mailFrom,
		authSecret,
		logLevel: logLevel as LogLevel,
		jobsEnabled: jobsParsed?.data ?? true,
		uploadMaxMb
	};
}

/** Makes sure DATA_DIR exists and is writable; stops with a sentence naming DATA_DIR otherwise. */
export function ensureDataDir(dataDir: string): void {
	try {
		mkdirSync(dataDir, { recursive: true });
		accessSync(dataDir, constants.W_OK);
	} catch {
		fail('DATA_DIR', `the folder "${dataDir}" cannot be created or is not writable.`);
	}
}

/** AUTH_SECRET unset: generate one once and keep it in DATA_DIR (DESIGN §9). */
function loadOrCreateSecret(dataDir: string): string {
	const file = path.join(dataDir, 'auth-secret');
	if (existsSync(file)) return readFileSync(file, 'utf8').trim();
	const secret = randomBytes(32).toString('base64url');
	writeFileSync(file, secret + '\n', { mode: 0o600 });
	return secret;
}

export function loadConfig(env: Env = process.env): Config {
	const parsed = parseEnv(env);
	ensureDataDir(parsed.dataDir);
	return { ...parsed, authSecret: parsed.authSecret ?? loadOrCreateSecret(parsed.dataDir) };
}

let cached: Config | undefined;
export function getConfig(): Config {
	cached ??= loadConfig();
	return cached;
}
