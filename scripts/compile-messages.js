// Compiles the message files for code that runs outside Vite (the CLI). Vite does this itself.
import { compile } from '@inlang/paraglide-js';
import { paraglideOptions } from '../i18n.config.js';

await compile({ ...paraglideOptions, outdir: paraglideOptions.outdir, emitGitIgnore: false });
process.exit(0);
