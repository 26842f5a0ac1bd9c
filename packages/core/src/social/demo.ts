import type { Backup } from '../backup/backup';
import type { FindingCategory, Severity, SocialItemKind, SocialPlatform } from './types';

/*
 * The demo's social audit: two exports scanned (X and LinkedIn) with a handful of findings, two
 * of them already dealt with, and a LinkedIn presence checklist half done. Every text is written
 * for the demo (no real posts).
 */
interface DemoFinding {
  platform: SocialPlatform;
  daysAgo: number;
  kind: SocialItemKind;
  category: FindingCategory;
  terms: string[];
  excerpt: string;
  severity: Severity;
  dealtWith: boolean;
}

const FINDINGS: DemoFinding[] = [
  { platform: 'x', daysAgo: 1500, kind: 'post', category: 'profanity', terms: ['wtf'], excerpt: 'wtf is this deploy pipeline, third time today', severity: 'low', dealtWith: false },
  { platform: 'x', daysAgo: 1100, kind: 'post', category: 'alcohol_drugs', terms: ['so wasted'], excerpt: 'Team offsite done, got so wasted we missed the last train home', severity: 'medium', dealtWith: false },
  { platform: 'x', daysAgo: 800, kind: 'reply', category: 'badmouthing', terms: ['hate my job'], excerpt: 'Honestly I hate my job some days, the sprint planning is a farce', severity: 'medium', dealtWith: true },
  { platform: 'x', daysAgo: 420, kind: 'post', category: 'profanity', terms: ['sh1t'], excerpt: '… the demo went to sh1t when the wifi dropped, but we shipped it', severity: 'low', dealtWith: false },
  { platform: 'linkedin', daysAgo: 300, kind: 'post', category: 'confidential', terms: ['under nda'], excerpt: 'Can’t say much, it is under NDA, but our Q3 launch numbers are wild', severity: 'high', dealtWith: false },
  { platform: 'linkedin', daysAgo: 200, kind: 'comment', category: 'badmouthing', terms: ['my manager is useless'], excerpt: 'Agree. My manager is useless at giving feedback, so I stopped asking', severity: 'medium', dealtWith: true },
];

const DAY = 86_400_000;

/**
 * Add the demo social audit to a demo backup (deterministic for the same `now`).
 * @example addSocialDemo(backup, now); backup.socialFindings?.length // 6
 */
export function addSocialDemo(backup: Backup, now: Date): void {
  const at = (daysAgo: number, hour = 12) => new Date(Math.floor(now.getTime() / DAY) * DAY - daysAgo * DAY + hour * 3_600_000).toISOString();
  const auditOf: Record<string, string> = { x: 'demo-social-audit-x', linkedin: 'demo-social-audit-linkedin' };
  backup.socialAudits = [
    { id: auditOf.x!, platform: 'x', fileName: 'twitter-archive.zip', itemsScanned: 1843, findingsCount: 4, truncated: 0, status: 'done', errorCode: null, errorMessage: null, startedAt: at(6, 9), finishedAt: at(6, 9) },
    { id: auditOf.linkedin!, platform: 'linkedin', fileName: 'Basic_LinkedInDataExport.zip', itemsScanned: 212, findingsCount: 2, truncated: 0, status: 'done', errorCode: null, errorMessage: null, startedAt: at(6, 10), finishedAt: at(6, 10) },
  ];
  backup.socialFindings = FINDINGS.map((f, i) => ({
    id: `demo-social-finding-${i + 1}`,
    auditId: auditOf[f.platform]!,
    platform: f.platform,
    itemId: `demo-item-${i + 1}`,
    date: at(f.daysAgo, 20),
    url: f.platform === 'x' ? `https://x.com/i/web/status/${9_000_000 + i}` : `https://www.linkedin.com/feed/update/urn:li:activity:${7_000_000 + i}`,
    kind: f.kind,
    category: f.category,
    terms: JSON.stringify(f.terms),
    excerpt: f.excerpt,
    severity: f.severity,
    dealtWith: f.dealtWith ? 1 : 0,
    dealtWithAt: f.dealtWith ? at(5) : null,
    createdAt: at(6, 9),
  }));
  backup.socialPresence = [{ id: 'demo-social-presence-linkedin', platform: 'linkedin', checked: JSON.stringify(['findable', 'photo', 'headline', 'no-hurried-deletion']), updatedAt: at(5) }];
}
