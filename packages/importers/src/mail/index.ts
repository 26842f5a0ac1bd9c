export { parseRawMail, parsePastedMail, looksLikeRawMessage, MAX_MESSAGE_BYTES, type ParsedMail } from './parse';
export { readMbox, readMboxFile, readEmlFolder, type MailboxEntry } from './mbox';
