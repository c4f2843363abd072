import { fileExtension } from './document-types';

const MAX_LENGTH = 200;

/**
 * The name shown in the list and offered when downloading. It never becomes a path (files are stored under
 * random keys), but it ends up in headers and on other people's disks, so: only the last path segment, NFC,
 * no control, zero-width or bidirectional characters (which can disguise "rechnung‮fdp.exe" as a PDF),
 * no characters Windows forbids, no leading dots, at most 200 characters with the extension kept.
 */
export function sanitiseFileName(raw: string): string {
	let name = raw.normalize('NFC');
	name = name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
	name = name
		// eslint-disable-next-line no-control-regex
		.replace(/[\u0000-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g, '')
		.replace(/[<>:"|?*]/g, '_')
		.replace(/\s+/g, ' ')
		.replace(/^[\s.]+/, '')
		.replace(/[\s.]+$/, '');
	const chars = [...name]; // code points, so that no emoji is cut in half
	if (chars.length > MAX_LENGTH) {
		const ext = fileExtension(name);
		const suffix = ext && ext.length <= 10 ? `.${ext}` : '';
		name = chars.slice(0, MAX_LENGTH - suffix.length).join('').trimEnd() + suffix;
	}
	return name;
}
