export { parsePastedMail, looksLikeRawMessage, MAX_MESSAGE_BYTES, type ParsedMail } from './parse';
export { readMbox, readMboxFile, readEmlFolder, type MailboxEntry } from './mbox';
export { readImap, connectImap, foldersToRead, imapUserError, type ImapAccount, type ImapCursor, type ImapEvent, type ReadImapOptions } from './imap';
export { scanRawMail, decodeWords } from './scan';
export { MessagePruner, pruneMessage, pruneStream, MAX_TEXT_BYTES } from './prune';
export { mailSecondOpinion, SECOND_OPINION_SETTING } from './second-opinion';
