import { describe, expect, it } from 'vitest';
import type { LetterInput, LetterOptions } from './letter-types.js';
import { renderSubmissionLetter } from './letter-render.js';

const CPJ_URL =
  'https://cpj.org/2020/10/journalists-attacked-obstructed-during-and-after-parliamentary-elections-in-kyrgyzstan/';

/** The rubber bullet fired at a reporter on 5 October 2020; the names here are invented for the test. */
function bulletLetter(over: Partial<LetterInput> = {}): LetterInput {
  return {
    reference: 'DAL-KG-2020-002',
    letterDate: '2020-10-20',
    organisation: { name: 'Test Monitoring Group', contact: 'desk@example.org' },
    allegationTitle: 'Rubber bullet fired at reporter Temir Sadykov',
    facts: [
      {
        date: '2020-10-05',
        place: { name: 'Bishkek', detail: 'near Ala-Too Square', lat: 42.876543, lon: 74.603456 },
        perpetrator: 'police special forces',
        whatHappened:
          'An officer aimed a rubber bullet straight at Sadykov while he was reporting; another reporter, Ainura Bekova, filmed it.',
        victimIds: ['p-reporter'],
      },
    ],
    people: [
      {
        id: 'p-reporter',
        name: 'Temir Sadykov',
        relation: 'victim',
        role: 'journalist',
        affiliation: 'Test TV',
        public: false,
      },
      { id: 'p-filmer', name: 'Ainura Bekova', relation: 'witness', role: 'journalist', public: false },
    ],
    sources: [
      {
        title: 'Statement on Kyrgyzstan',
        publisher: 'Amnesty International',
        date: '2020-10-09',
        url: 'https://www.amnesty.org/en/documents/eur58/0000/2020/en/',
      },
      {
        title: 'Journalists attacked and obstructed',
        publisher: 'Committee to Protect Journalists',
        date: '2020-10-06',
        url: CPJ_URL,
      },
    ],
    findings: [
      {
        rule: 'LLW-7.5',
        instrument: 'LLW',
        paragraphs: ['7.5'],
        finding: 'violation',
        explanation: 'A projectile was fired directly at a person who posed no threat.',
      },
      {
        rule: 'GC37-30',
        instrument: 'GC37',
        paragraphs: ['¶30', '¶94'],
        finding: 'violation',
        explanation: 'Journalists may observe and record assemblies.',
      },
      {
        rule: 'GC37-89',
        instrument: 'GC37',
        paragraphs: ['¶89'],
        finding: 'consistent',
        explanation: 'Not cited in the letter.',
      },
    ],
    ...over,
  };
}

const asPublic: LetterOptions = {
  format: 'markdown',
  recipient: { name: 'Prosecutor General', kind: 'prosecutor', cleared: false },
};
const asCleared: LetterOptions = {
  format: 'markdown',
  recipient: { name: 'Prosecutor General', kind: 'prosecutor', cleared: true },
};

describe('renderSubmissionLetter: content', () => {
  const letter = renderSubmissionLetter(bulletLetter(), asPublic);

  it('states the facts: date, place, who did what to whom', () => {
    expect(letter).toContain('On 2020-10-05, in Bishkek (near Ala-Too Square)');
    expect(letter).toContain('By whom: police special forces');
    expect(letter).toContain('aimed a rubber bullet straight at');
  });

  it('lists each source with title, publisher, date and address', () => {
    expect(letter).toContain(
      'Journalists attacked and obstructed, Committee to Protect Journalists, 2020-10-06',
    );
    expect(letter).toContain(`<${CPJ_URL}>`);
    expect(letter).toContain('Statement on Kyrgyzstan, Amnesty International, 2020-10-09');
  });

  it('cites instrument and paragraph for each serious finding, never calling it illegal', () => {
    expect(letter).toContain(
      'LLW 7.5: the facts are inconsistent with this standard. A projectile was fired directly',
    );
    expect(letter).toContain('GC37 ¶30, ¶94: the facts are inconsistent with this standard.');
    expect(letter).not.toContain('Not cited in the letter');
    expect(letter.toLowerCase()).not.toContain('illegal');
  });

  it('asks for an investigation to the Minnesota and GC36 standard, protection and news, quoting our reference', () => {
    expect(letter).toContain('Minnesota Protocol');
    expect(letter).toContain('General Comment 36');
    expect(letter).toContain('Protect the victims, the witnesses');
    expect(letter).toContain('quoting our reference DAL-KG-2020-002');
    expect(letter).toContain('Our reference: DAL-KG-2020-002');
  });
});

describe('renderSubmissionLetter: redaction', () => {
  it('replaces protected names everywhere with stable pseudonyms by role, and drops coordinates', () => {
    const letter = renderSubmissionLetter(bulletLetter(), asPublic);
    for (const secret of ['Temir', 'Sadykov', 'Ainura', 'Bekova', 'Test TV', '42.87', '74.60'])
      expect(letter, secret).not.toContain(secret);
    expect(letter).toContain('Submission: Rubber bullet fired at reporter Journalist A');
    expect(letter).toContain('straight at Journalist A while');
    expect(letter).toContain('Affected: Journalist A.');
    expect(letter).toContain('another reporter, Journalist B, filmed it');
    expect(letter).toContain('## Confidentiality');
  });

  it('shows names and coordinates to a cleared recipient', () => {
    const letter = renderSubmissionLetter(bulletLetter(), asCleared);
    expect(letter).toContain('Temir Sadykov (journalist, Test TV)');
    expect(letter).toContain('42.87654, 74.60346');
    expect(letter).not.toContain('Journalist A');
    expect(letter).not.toContain('Confidentiality');
  });

  it('keeps public names and gives a second protected journalist the next letter', () => {
    const input = bulletLetter();
    input.people.push({
      id: 'p-2',
      name: 'Kanat Osmonov',
      relation: 'victim',
      role: 'journalist',
      public: false,
    });
    input.people.push({
      id: 'p-3',
      name: 'Bolot Public',
      relation: 'victim',
      role: 'protester',
      public: true,
    });
    input.facts[0]?.victimIds.push('p-2', 'p-3');
    const letter = renderSubmissionLetter(input, asPublic);
    // Letters run across the case: the witness listed second is B, so the new journalist is C.
    expect(letter).toContain('Affected: Journalist A; Journalist C; Bolot Public (protester).');
  });

  it('withholds a source address that spells out a protected name', () => {
    const input = bulletLetter({
      sources: [
        { title: 'Report', publisher: 'A site', date: null, url: 'https://news.example/temir-sadykov-shot' },
      ],
    });
    const letter = renderSubmissionLetter(input, asPublic);
    expect(letter).not.toContain('news.example');
    expect(letter).toContain('Address withheld');
  });
});

describe('renderSubmissionLetter: no injection', () => {
  const hostile = bulletLetter({
    allegationTitle: 'Attack on <script>alert(1)</script>',
    people: [
      {
        id: 'p-reporter',
        name: '<b onmouseover="x()">Eve</b>',
        relation: 'victim',
        role: 'journalist',
        public: true,
      },
    ],
    facts: [
      {
        date: '2020-10-05',
        place: { name: 'Bishkek"><img src=x onerror=alert(1)>' },
        perpetrator: "police' onclick='y()",
        whatHappened: 'He said "stop" & <i>ran</i>.',
        victimIds: ['p-reporter'],
      },
    ],
    sources: [
      { title: '[click](javascript:alert(1))', publisher: 'X', date: null, url: 'javascript:alert(1)' },
      { title: 'ok', publisher: 'Y', date: null, url: 'https://example.org/a?b="c"&d=<e>' },
    ],
  });

  it('escapes every user text in HTML and links only http(s) addresses', () => {
    const html = renderSubmissionLetter(hostile, { ...asPublic, format: 'html' });
    const tags = new Set([...html.matchAll(/<\/?([a-z0-9]+)/gi)].map((m) => (m[1] as string).toLowerCase()));
    expect([...tags].sort()).toEqual(['a', 'article', 'br', 'h1', 'h2', 'li', 'ol', 'p', 'ul']);
    expect(html).not.toMatch(/href="(?!https?:)/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('He said &quot;stop&quot; &amp; &lt;i&gt;ran&lt;/i&gt;.');
    expect(html).toContain('href="https://example.org/a?b=%22c%22&amp;d=%3Ce%3E"');
    expect(html).not.toContain('onerror=alert(1)>');
  });

  it('escapes Markdown so that no link, tag or emphasis can be smuggled in', () => {
    const md = renderSubmissionLetter(hostile, asPublic);
    expect(md).not.toMatch(/(?<!\\)\]\(/);
    expect(md).not.toMatch(/(?<!\\)<(?!https?:)/);
    expect(md).not.toContain('javascript:alert(1)>');
    expect(md).toContain('\\<script\\>');
  });
});
