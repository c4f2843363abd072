import type { LogLevel } from './config';

const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };
let threshold: LogLevel = 'info';

/** Set once from the config at start (the logger itself never reads the environment). */
export function setLogLevel(level: LogLevel) {
	threshold = level;
}

function write(level: LogLevel, message: string, fields?: Record<string, unknown>) {
	if (ORDER[level] < ORDER[threshold]) return;
	const line = JSON.stringify({ time: new Date().toISOString(), level, msg: message, ...fields });
	if (level === 'error' || level === 'warn') process.stderr.write(line + '\n');
	else process.stdout.write(line + '\n');
}

/** Structured one-line JSON logs; never log personal data beyond ids. */
export const log = {
	debug: (m: string, f?: Record<string, unknown>) => write('debug', m, f),
	info: (m: string, f?: Record<string, unknown>) => write('info', m, f),
	warn: (m: string, f?: Record<string, unknown>) => write('warn', m, f),
	error: (m: string, f?: Record<string, unknown>) => write('error', m, f)
};
