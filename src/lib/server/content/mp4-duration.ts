import { open } from 'node:fs/promises';

/**
 * The duration of an MP4 file in seconds, read from its movie header box (moov → mvhd) without decoding anything,
 * so the sign-language page can state it (DESIGN §8a). Walks the top-level boxes by their headers, reading a few
 * bytes each; null when the file has no readable header.
 */
export async function readMp4Duration(file: string): Promise<number | null> {
	const handle = await open(file, 'r');
	try {
		const { size } = await handle.stat();
		const read = async (position: number, length: number) => {
			const buffer = Buffer.alloc(length);
			const { bytesRead } = await handle.read(buffer, 0, length, position);
			return buffer.subarray(0, bytesRead);
		};
		const boxes = async function* (start: number, end: number) {
			let at = start;
			while (at + 8 <= end) {
				const header = await read(at, 16);
				if (header.length < 8) return;
				let boxSize = header.readUInt32BE(0);
				let headerSize = 8;
				if (boxSize === 1 && header.length >= 16) {
					boxSize = Number(header.readBigUInt64BE(8));
					headerSize = 16;
				} else if (boxSize === 0) boxSize = end - at;
				if (boxSize < headerSize) return;
				yield { type: header.toString('latin1', 4, 8), body: at + headerSize, end: Math.min(at + boxSize, end) };
				at += boxSize;
			}
		};
		for await (const box of boxes(0, size)) {
			if (box.type !== 'moov') continue;
			for await (const inner of boxes(box.body, box.end)) {
				if (inner.type !== 'mvhd') continue;
				const mvhd = await read(inner.body, 32);
				const version = mvhd[0];
				const timescale = version === 1 ? mvhd.readUInt32BE(20) : mvhd.readUInt32BE(12);
				const duration = version === 1 ? Number(mvhd.readBigUInt64BE(24)) : mvhd.readUInt32BE(16);
				return timescale > 0 ? duration / timescale : null;
			}
		}
		return null;
	} catch {
		return null;
	} finally {
		await handle.close();
	}
}
