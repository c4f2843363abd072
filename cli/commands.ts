import type { ParseArgsConfig } from 'node:util';
import type { Config } from '../src/lib/server/config';
import { migrateCommand } from './migrate';
import { seedCommand } from './seed';
import { userAddCommand } from './user-add';
import { jobsRunCommand } from './jobs-run';
import { importMunicipalitiesCommand } from './import-municipalities';

export interface Command {
	summary: string;
	usage: string;
	options: NonNullable<ParseArgsConfig['options']>;
	run(config: Config, values: Record<string, string | boolean | string[] | undefined>, positionals: string[]): Promise<number>;
}

export const COMMANDS = {
	migrate: migrateCommand,
	seed: seedCommand,
	'user:add': userAddCommand,
	'jobs:run': jobsRunCommand,
	'import:municipalities': importMunicipalitiesCommand
} satisfies Record<string, Command>;

export type CommandName = keyof typeof COMMANDS;

export function helpText(): string {
	const lines = ['Usage: npm run cli -- <command> [options]', '', 'Commands:'];
	for (const c of Object.values(COMMANDS)) lines.push(`  ${c.usage.padEnd(52)} ${c.summary}`);
	lines.push('', 'Environment: DATA_DIR, DATABASE_URL, SMTP_URL, ORIGIN … as for the server (see README).', '');
	return lines.join('\n');
}
