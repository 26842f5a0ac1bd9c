export { sniffDocument, type SniffedType } from './sniff';
export { extractDocumentText, type ExtractedText } from './extract';
export { assertZipWithinLimits, MAX_DOCX_UNCOMPRESSED } from './zip-limits';
export { inspectDocument, type InspectedDocument } from './inspect';
