import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildSkillIndex, canonicalSkill, findSkills, skillIndexFromData, skillIndexToData, skillKind, skillNames } from './matcher';
import { phraseKey, tokenize } from './normalize';

describe('skill matcher', () => {
  it('finds skills by alias, stem and case, normalised to canonical names', () => {
    expect(skillNames('Strong Postgres, c++ and Amazon Web Services; managing stakeholders')).toEqual(['PostgreSQL', 'C++', 'AWS', 'stakeholder management']);
    expect(skillNames('Structured query language SQL and Microsoft Excel')).toEqual(['SQL', 'Excel']);
  });

  it('prefers the longest alias', () => {
    expect(skillNames('content marketing')).toEqual(['content marketing']);
  });

  it('does not read short or common words as tools out of context', () => {
    expect(skillNames('Go to the warehouse and excel at customer service')).toEqual(['customer service']);
    expect(skillNames('Grade C steel')).toEqual([]);
    expect(skillNames('Python, R and SQL')).toEqual(['Python', 'R', 'SQL']);
    expect(skillNames('Go to market plans')).not.toContain('marketing');
  });

  it('names tools from the O*NET examples and the stack-analyser rules, not the plain words they hold', () => {
    expect(skillNames('Automate reports with Alteryx; on call through PagerDuty; pipelines in GitLab CI')).toEqual(['Alteryx', 'Pagerduty', 'Gitlab CI']);
    expect(skillNames('Experiments in Optimizely, search on AWS OpenSearch')).toEqual(['Optimizely', 'AWS', 'Opensearch']);
    expect(skillNames('Team meeting every Monday; Lambda calculus is not a tool')).toEqual([]);
  });

  it('matches two-word skills in either word order', () => {
    expect(skillNames('Experience planning lessons')).toEqual(['lesson planning']);
  });

  it('gives canonical names for labels a person types', () => {
    expect(canonicalSkill('postgres')).toBe('PostgreSQL');
    expect(canonicalSkill('Golang')).toBe('Go');
    expect(canonicalSkill('no such skill here')).toBeNull();
  });

  it('tokenises tech names whole and keys phrases by stem', () => {
    expect(tokenize('C#, .NET and Node.js.').map((t) => t.norm)).toEqual(['c#', '.net', 'and', 'node.js']);
    expect(phraseKey('Managing stakeholders')).toBe(phraseKey('manage stakeholder'));
  });

  it('builds the index from the bundled taxonomy', () => {
    const index = buildSkillIndex();
    expect(index.names.length).toBeGreaterThan(2000);
    expect(new Set(index.names).has('Python')).toBe(true);
  });

  it('never throws and returns ordered, non-overlapping mentions inside the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.constantFrom('', ' SQL', ' Python, R', ' C++ ', ' Node.js.'), (s, tail) => {
        const text = s + tail;
        const found = findSkills(text);
        let last = 0;
        for (const m of found) {
          expect(m.start).toBeGreaterThanOrEqual(last);
          expect(m.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(m.start, m.end)).toBe(m.text);
          last = m.end;
        }
      }),
      { numRuns: 200 },
    );
  });

  it('reads back the index it wrote as JSON data, with every Map and Set in the same order', () => {
    const built = buildSkillIndex();
    const read = skillIndexFromData(JSON.parse(JSON.stringify(skillIndexToData(built))));
    expect(read).toEqual(built);
    expect([...read.byKey.keys()]).toEqual([...built.byKey.keys()]);
    expect([...read.byExact.keys()]).toEqual([...built.byExact.keys()]);
    expect([...read.singleWords].map(([i, words]) => [i, [...words]])).toEqual([...built.singleWords].map(([i, words]) => [i, [...words]]));
    const text = 'Strong Postgres and c++ skills, Python, R or SQL; Excel at customer service';
    expect(findSkills(text, read)).toEqual(findSkills(text, built));
  });

  it('reads "MS" for the vendor of a Microsoft product', () => {
    expect(skillNames('Afstemmen via MS Teams en MS Access')).toEqual(['Microsoft Teams', 'Microsoft Access']);
  });

  it('says whether each entry is a named product (tool) or a general competence (skill)', () => {
    // Ours, marked by hand.
    expect(['Salesforce', 'Excel', 'Python', 'DATEV', 'Epic'].map((n) => skillKind(n))).toEqual(['tool', 'tool', 'tool', 'tool', 'tool']);
    expect(['coaching', 'budgeting', 'recruiting', 'project management', 'teamwork', 'forklift'].map((n) => skillKind(n))).toEqual(['skill', 'skill', 'skill', 'skill', 'skill', 'skill']);
    // O*NET technology examples and stack-analyser entries are tools, ESCO entries skills.
    const index = buildSkillIndex();
    const bySource = (src: string): string[] => index.kinds.filter((_, i) => index.sources[i] === src);
    expect(new Set(bySource('onet'))).toEqual(new Set(['tool']));
    expect(new Set(bySource('stack-analyser'))).toEqual(new Set(['tool']));
    expect(new Set(bySource('esco'))).toEqual(new Set(['skill']));
    expect(skillKind('not a skill at all')).toBeNull();
    expect(skillIndexFromData(skillIndexToData(index)).kinds).toEqual(index.kinds);
  });
});

describe('skill matcher: a framework named like a word', () => {
  it('reads Ruby on Rails from "Rails", not from rail work', () => {
    expect(skillNames('Survey work for rail clients on the railway and rail track')).not.toContain('Ruby on Rails');
    expect(skillNames('Our backend is Rails and Postgres; we also use Ruby on Rails engines')).toContain('Ruby on Rails');
  });
});
