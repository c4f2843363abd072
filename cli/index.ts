import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../src/lib/server/config';
import { DataDirLockedError } from '../src/lib/server/db/lock';
import { COMMANDS, helpText, type CommandName } from './commands';

/**
 * `npm run cli -- <command>`: operator commands. Output is for technical administrators and
 * therefore in English, like the server log.
 */
async function main(argv: string[]): Promise<number> {
	const [name, ...rest] = argv;
	if (!name || name === '--help' || name === '-h' || name === 'help') {
		process.stdout.write(helpText());
		return 0;
	}
	const command = COMMANDS[name as CommandName];
	if (!command) {
		process.stderr.write(`Unknown command "${name}".\n\n${helpText()}`);
		return 2;
	}
	let args;
	try {
		args = parseArgs({ args: rest, options: command.options, allowPositionals: true, strict: true });
	} catch (err) {
		process.stderr.write(`${(err as Error).message}\n\n${helpText()}`);
		return 2;
	}
	const config = loadConfig();
	return command.run(config, args.values as Record<string, string | boolean | string[] | undefined>, args.positionals);
}

main(process.argv.slice(2)).then(
	(code) => process.exit(code),
	(err) => {
		if (err instanceof ConfigError || err instanceof DataDirLockedError) {
			process.stderr.write(`${err.message}\n`);
		} else {
			process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
		}
		process.exit(1);
	}
);
