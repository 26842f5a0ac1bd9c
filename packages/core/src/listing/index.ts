export * from './analyze';
export { htmlToText, decodeEntities, looksLikeHtml } from './html';
export { detectLanguage, detectLanguages, languageDetectorLoaded, languageName, loadLanguageDetector, SUPPORTED_LANGUAGES, type LanguageCall, type SupportedLanguage } from './language';
export { callManagerRole, type ManagerCall } from './manager';
export { CULTURE_SIGNALS, detectCulture, detectWorkplace, requestedMaterials, yearsOfExperience, type CultureSignal, type ListingWorkplace, type RequestedMaterials } from './signals';
export { splitSentences } from './requirements';
export * from './evaluate';
export * from './stored';
export * from './storage';
