import { inflateSync } from 'node:zlib';

/**
 * WOFF 1.0 → plain TrueType/OpenType bytes (W3C WOFF spec §4–5): the same tables, decompressed. fontkit re-inflates
 * a WOFF table on every access, which made each statement PDF take seconds; the decompressed font lays out and
 * subsets about eight times faster. Done once per process.
 */
export function woffToSfnt(woff: Uint8Array): Buffer {
	const src = Buffer.from(woff.buffer, woff.byteOffset, woff.byteLength);
	if (src.toString('latin1', 0, 4) !== 'wOFF') throw new Error('not a WOFF 1.0 font');
	const flavor = src.readUInt32BE(4);
	const numTables = src.readUInt16BE(12);
	const tables = Array.from({ length: numTables }, (_, i) => {
		const at = 44 + i * 20;
		const offset = src.readUInt32BE(at + 4);
		const compLength = src.readUInt32BE(at + 8);
		const origLength = src.readUInt32BE(at + 12);
		const raw = src.subarray(offset, offset + compLength);
		const data = compLength < origLength ? inflateSync(raw) : raw;
		if (data.length !== origLength) throw new Error('corrupt WOFF table');
		return { tag: src.subarray(at, at + 4), checksum: src.readUInt32BE(at + 16), data };
	});
	let searchRange = 1;
	let entrySelector = 0;
	while (searchRange * 2 <= numTables) {
		searchRange *= 2;
		entrySelector++;
	}
	const headerLength = 12 + 16 * numTables;
	const total = tables.reduce((sum, t) => sum + ((t.data.length + 3) & ~3), headerLength);
	const out = Buffer.alloc(total);
	out.writeUInt32BE(flavor, 0);
	out.writeUInt16BE(numTables, 4);
	out.writeUInt16BE(searchRange * 16, 6);
	out.writeUInt16BE(entrySelector, 8);
	out.writeUInt16BE(numTables * 16 - searchRange * 16, 10);
	let offset = headerLength;
	tables.forEach((t, i) => {
		const at = 12 + i * 16;
		t.tag.copy(out, at);
		out.writeUInt32BE(t.checksum, at + 4);
		out.writeUInt32BE(offset, at + 8);
		out.writeUInt32BE(t.data.length, at + 12);
		t.data.copy(out, offset);
		offset += (t.data.length + 3) & ~3;
	});
	return out;
}
