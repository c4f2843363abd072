import { sveltekit } from '@sveltejs/kit/vite';
import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { defineConfig } from 'vitest/config';
import { paraglideOptions } from './i18n.config.js';

export default defineConfig({
	plugins: [
		// Under Vitest the messages are compiled once by `npm test` (the plugin keeps a file watcher
		// open that would stop Vitest from exiting).
		process.env.VITEST ? undefined : paraglideVitePlugin(paraglideOptions),
		sveltekit()
	],
	server: { port: 3000 },
	preview: { port: 3000 },
	test: {
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['src/**/*.test.ts', 'cli/**/*.test.ts'],
					environment: 'node',
					globalSetup: ['tests/setup/global-db.ts'],
					setupFiles: ['tests/setup/quiet-logs.ts'],
					testTimeout: 30_000,
					hookTimeout: 60_000
				}
			},
			{
				extends: true,
				test: {
					name: 'e2e',
					include: ['tests/e2e/**/*.test.ts'],
					environment: 'node',
					globalSetup: ['tests/e2e/global-server.ts'],
					fileParallelism: false,
					testTimeout: 60_000,
					hookTimeout: 300_000
				}
			}
		]
	}
});
