import { describe, expect, it } from 'vitest';
import { formatFileSize } from './file-size';

describe('formatFileSize', () => {
	it('formats for the locale', () => {
		expect(formatFileSize(512, 'de')).toBe('512 Byte');
		expect(formatFileSize(512, 'en')).toBe('512 bytes');
		expect(formatFileSize(1536, 'de')).toBe('1,5 kB');
		expect(formatFileSize(1536, 'en')).toBe('1.5 kB');
		expect(formatFileSize(200 * 1024, 'de')).toBe('200 kB');
		expect(formatFileSize(Math.round(3.44 * 1024 * 1024), 'de')).toBe('3,4 MB');
		expect(formatFileSize(20 * 1024 * 1024, 'de')).toBe('20 MB');
		expect(formatFileSize(1234 * 1024 * 1024, 'de')).toBe('1.234 MB');
	});
});
