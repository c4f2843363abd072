/** Paraglide options shared by the Vite plugin and the CLI's compile step. */
/** @type {{ project: string; outdir: string; strategy: ('url' | 'cookie' | 'baseLocale')[] }} */
export const paraglideOptions = {
	project: './project.inlang',
	outdir: './src/lib/paraglide',
	// The URL decides the language; German otherwise. No "preferredLanguage" strategy:
	// the browser's language never overrides what the visitor chose.
	strategy: ['url', 'cookie', 'baseLocale']
};
