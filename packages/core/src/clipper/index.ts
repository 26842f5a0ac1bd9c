export { canonicalListingUrl } from './canonical-url';
export { clipInputSchema, MAX_CLIP_HTML, NOT_A_LISTING_ROLE, readClip, type Clip, type ClipInput, type ClipReading } from './clip';
