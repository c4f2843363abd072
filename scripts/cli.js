// Entry of `npm run cli -- <command>`: compiles messages, then runs the TypeScript CLI with tsx.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const quiet = { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] };
const compiled = spawnSync(process.execPath, ['scripts/compile-messages.js'], quiet);
if (compiled.status !== 0) process.exit(compiled.status ?? 1);
const tsx = path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const result = spawnSync(
	process.execPath,
	[tsx, '--tsconfig', path.join(root, 'tsconfig.cli.json'), path.join(root, 'cli', 'index.ts'), ...process.argv.slice(2)],
	{ stdio: 'inherit', cwd: process.cwd() }
);
process.exit(result.status ?? 1);
