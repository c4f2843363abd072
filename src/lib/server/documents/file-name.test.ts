import { describe, expect, it } from 'vitest';
import { sanitiseFileName } from './file-name';

describe('sanitiseFileName', () => {
	it.each([
		['Protokoll Dialogforum.pdf', 'Protokoll Dialogforum.pdf'],
		['C:\\Users\\petra\\Desktop\\Bericht.docx', 'Bericht.docx'],
		['../../etc/passwd', 'passwd'],
		['  Foto  vom   Workshop .jpg  ', 'Foto vom Workshop .jpg'],
		['.htaccess', 'htaccess'],
		['Rechnung\u202Efdp.exe', 'Rechnungfdp.exe'],
		['Zeile\nUmbruch\u0000.txt', 'ZeileUmbruch.txt'],
		['Was?<Wer>:"Wie"|*.pdf', 'Was__Wer___Wie___.pdf'],
		['Gru\u0308ße.pdf', 'Grüße.pdf'],
		['...', ''],
		['Ende...', 'Ende']
	])('%j → %j', (raw, expected) => {
		expect(sanitiseFileName(raw)).toBe(expected);
	});

	it('cuts long names to 200 characters and keeps the extension', () => {
		const name = sanitiseFileName(`${'ä'.repeat(300)}.pdf`);
		expect([...name]).toHaveLength(200);
		expect(name.endsWith('ä.pdf')).toBe(true);
		const emoji = sanitiseFileName(`${'😀'.repeat(250)}.png`);
		expect([...emoji]).toHaveLength(200);
		expect(Buffer.from(emoji, 'utf8').toString('utf8')).toBe(emoji); // no lone surrogate
	});
});
