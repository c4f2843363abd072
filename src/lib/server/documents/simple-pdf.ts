/**
 * A small, valid one-page PDF (A4, Helvetica) with the given lines: enough for demo data and tests, so that
 * neither needs a PDF library. Text is written in WinAnsi, which covers German (ä, ö, ü, ß, „“).
 */
export function buildSimplePdf(title: string, lines: readonly string[]): Buffer {
	const escape = (s: string) => s.replace(/[\\()]/g, (c) => `\\${c}`).replace(/[„“]/g, '"').replace(/[–]/g, '-');
	const text = [
		'BT',
		'/F1 16 Tf',
		'56 780 Td',
		`(${escape(title)}) Tj`,
		'/F1 11 Tf',
		'0 -28 Td',
		...lines.flatMap((line) => [`(${escape(line)}) Tj`, '0 -16 Td']),
		'ET'
	].join('\n');
	const content = Buffer.from(text, 'latin1');
	const objects = [
		'<< /Type /Catalog /Pages 2 0 R >>',
		'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
		'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
		'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
		`<< /Length ${content.length} >>\nstream\n${content.toString('latin1')}\nendstream`,
		`<< /Title (${escape(title)}) /Producer (MiGlobe NRW) >>`
	];
	let out = '%PDF-1.4\n%\xE2\xE3\xCF\xD3\n';
	const offsets: number[] = [];
	objects.forEach((body, i) => {
		offsets.push(Buffer.byteLength(out, 'latin1'));
		out += `${i + 1} 0 obj\n${body}\nendobj\n`;
	});
	const xref = Buffer.byteLength(out, 'latin1');
	out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
	out += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
	out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info ${objects.length} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
	return Buffer.from(out, 'latin1');
}
