import yauzl from 'yauzl';
import { UserError } from '@secondround/core';

/** A DOCX holds its text in a few XML files: 50 MB uncompressed is far above any real resume. */
export const MAX_DOCX_UNCOMPRESSED = 50 * 1024 * 1024;
const MAX_ENTRIES = 2_000;

const bomb = () => new UserError('ZIP_BOMB', `the document unpacks to more than ${MAX_DOCX_UNCOMPRESSED / 1024 / 1024} MB; it is refused as a zip bomb`, 422);

/**
 * Inflate every entry of a zip held in memory, counting the bytes that actually come out (yauzl
 * also refuses an entry larger than its header says), and stop past `maxBytes`: a zip bomb posing
 * as a DOCX is refused before a library that trusts the headers unpacks it.
 */
export function assertZipWithinLimits(bytes: Uint8Array, maxBytes = MAX_DOCX_UNCOMPRESSED): Promise<void> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { lazyEntries: true, validateEntrySizes: true }, (err, zip) => {
      if (err || !zip) return reject(new UserError('BROKEN_DOCUMENT', 'the document is not a readable zip (a DOCX is one); it may be damaged', 422));
      let total = 0;
      let entries = 0;
      const fail = (e: UserError) => {
        zip.close();
        reject(e);
      };
      zip.on('error', () => fail(new UserError('BROKEN_DOCUMENT', 'the document is damaged: its zip could not be read', 422)));
      zip.on('end', () => resolve());
      zip.on('entry', (entry: yauzl.Entry) => {
        entries += 1;
        if (entries > MAX_ENTRIES) return fail(bomb());
        if (total + entry.uncompressedSize > maxBytes) return fail(bomb());
        if (/\/$/.test(entry.fileName)) return zip.readEntry();
        zip.openReadStream(entry, (e, stream) => {
          if (e || !stream) return fail(new UserError('BROKEN_DOCUMENT', 'the document is damaged: an entry of its zip could not be read', 422));
          stream.on('data', (chunk: Buffer) => {
            total += chunk.length;
            if (total > maxBytes) {
              stream.destroy();
              fail(bomb());
            }
          });
          stream.on('error', () => fail(new UserError('BROKEN_DOCUMENT', 'the document is damaged: an entry does not unpack to its stated size', 422)));
          stream.on('end', () => zip.readEntry());
        });
      });
      zip.readEntry();
    });
  });
}
