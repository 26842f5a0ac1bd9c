import { describe, expect, it } from 'vitest';
import { readTrackerCsv } from './read';

// Synthetic files in the shape of the trackers' exports (see columns.ts for what is known).
const HUNTR = [
  'id,createdAt,title,salary,location,url,rootDomain,htmlDescription,deadline,color,lastMovedAt,boardId,boardName,listId,listName,companyId,companyName,companyDomain,creatorUserId,creatorUserFirstName,creatorUserLastName,creatorUserEmail',
  'a1,2025-02-03 10:00:00,"Backend Engineer, Payments",-,Berlin,https://jobs.example.com/1,example.com,"<p>Build <b>APIs</b></p>",-,-,2025-02-20 09:30:00,b1,Search 2025,l1,interview,c1,Acme,acme.example,u1,Sam,Lee,sam@example.com',
  'a2,2025-02-04 11:00:00,Data Analyst,-,-,-,-,-,-,-,2025-03-01 08:00:00,b1,Search 2025,l2,rejected,c2,Globex,globex.example,u1,Sam,Lee,sam@example.com',
  'a3,2025-02-05 12:00:00,Designer,-,-,-,-,-,-,-,-,b1,Search 2025,l3,Wishlist,c3,Initech,initech.example,u1,Sam,Lee,sam@example.com',
  'a4,2025-02-06 12:00:00,PM,-,-,-,-,-,-,-,-,b1,Search 2025,l4,Dream Jobs,c4,Hooli,hooli.example,u1,Sam,Lee,sam@example.com',
].join('\n');

const TEAL = [
  'Job Position,Company,Min. Salary,Max. Salary,Location,Status,Date Saved,Deadline,Date Applied,Follow up,Excitement',
  'Frontend Engineer,Pied Piper,"$95,000","$120,000","Remote, US",Interviewing,3/1/2025,3/15/2025,3/4/2025,,4',
  'QA Lead,Hooli,,,NYC,Bookmarked,3/2/2025,,,,2',
  'SRE,Initech,,,,Applied,2025-03-10,,2025-03-03,,3',
  'CTO,Wayne,,,,Accepted,2025-01-10,,2025-01-12,,5',
  'Intern,Acme,,,,Archived,2025-01-10,,,,1',
].join('\n');

describe('readTrackerCsv: other trackers', () => {
  it('reads a Huntr export: list names as stages, createdAt as saved, lastMovedAt dating the current list, "-" as empty', async () => {
    const r = await readTrackerCsv(Buffer.from(HUNTR));
    expect(r.format).toBe('huntr');
    expect(r.mappedColumns).toMatchObject({ title: 'role', companyName: 'company', listName: 'status', createdAt: 'saved_on', lastMovedAt: 'status_on', url: 'listing_url', htmlDescription: 'listing_text', rootDomain: 'source', location: 'location' });
    expect(r.unknownColumns).toEqual(expect.arrayContaining(['id', 'salary', 'deadline', 'boardName', 'creatorUserEmail']));
    const [acme, globex, initech] = r.items;
    expect(acme!.application).toMatchObject({ company: 'Acme', role: 'Backend Engineer, Payments', location: 'Berlin', listingText: '<p>Build <b>APIs</b></p>', listingUrl: 'https://jobs.example.com/1', source: 'example.com' });
    expect(acme!.events.map((e) => `${e.stage}@${e.date}`)).toEqual(['saved@2025-02-03', 'applied@2025-02-03', 'round1@2025-02-20']);
    expect(globex!.application).toMatchObject({ listingUrl: null, location: null });
    expect(globex!.events.map((e) => `${e.stage}@${e.date}`)).toEqual(['saved@2025-02-04', 'applied@2025-02-04', 'rejected@2025-03-01']);
    expect(initech!.events.map((e) => `${e.stage}@${e.date}`)).toEqual(['saved@2025-02-05']);
    expect(r.invalid).toEqual([{ line: 5, column: 'listName', message: 'listName "Dream Jobs" is not a status we know (such as Wishlist, Applied, Interviewing, Offer, Rejected)' }]);
  });

  it('reads a Teal-style export: statuses, US dates, salaries, saved-after-applied dropped', async () => {
    const r = await readTrackerCsv(Buffer.from(TEAL));
    expect(r.format).toBe('teal');
    expect(r.unknownColumns).toEqual(['Deadline', 'Follow up', 'Excitement']);
    const [pied, hooli, initech, wayne] = r.items;
    expect(pied!.application).toMatchObject({ company: 'Pied Piper', role: 'Frontend Engineer', salaryMin: 95_000, salaryMax: 120_000, location: 'Remote, US' });
    expect(pied!.events.map((e) => `${e.stage}@${e.date}`)).toEqual(['saved@2025-03-01', 'applied@2025-03-04', 'round1@2025-03-04']);
    expect(hooli!.events.map((e) => e.stage)).toEqual(['saved']);
    expect(initech!.events.map((e) => `${e.stage}@${e.date}`)).toEqual(['applied@2025-03-03']);
    expect(wayne!.events.map((e) => e.stage)).toEqual(['saved', 'applied', 'offer', 'accepted']);
    expect(r.invalid).toEqual([{ line: 6, column: 'Status', message: expect.stringContaining('"Archived" is not a status we know') }]);
  });

  it('reads a hand-made spreadsheet with common header names', async () => {
    const r = await readTrackerCsv(Buffer.from('Employer;Job Title;Date Applied;Status;Link;Comments\nAcme;Dev;2025-04-01 14:00;Phone Screen;https://x.example;ok\n'));
    expect(r.format).toBe('generic');
    expect(r.items[0]!.events.map((e) => `${e.stage}@${e.date}`)).toEqual(['applied@2025-04-01', 'screen@2025-04-01']);
    expect(r.items[0]!.application).toMatchObject({ listingUrl: 'https://x.example', notes: 'ok' });
  });
});

describe('readTrackerCsv: tags and priority', () => {
  it('reads a Tags column split on commas or semicolons and a Priority column, and says what is wrong', async () => {
    const csv = ['Company,Role,Tags,Priority', 'Acme,Dev,"remote; fintech, Remote",High', 'Globex,QA,,', `Initech,PM,${'x'.repeat(31)},urgent`].join('\n');
    const r = await readTrackerCsv(Buffer.from(csv));
    expect(r.mappedColumns).toMatchObject({ Tags: 'tags', Priority: 'priority' });
    expect(r.items.map((i) => [i.application.tags, i.application.priority])).toEqual([
      [['remote', 'fintech'], 'high'],
      [[], 'normal'],
    ]);
    expect(r.invalid.map((p) => p.message)).toEqual([`Tags "${'x'.repeat(31)}" is longer than 30 characters`, 'Priority "urgent" is not low, normal or high']);
  });
});
