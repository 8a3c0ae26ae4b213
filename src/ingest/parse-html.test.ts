import { describe, expect, it } from 'vitest';
import { extractHtml } from './parse-html.js';

const bytes = (s: string) => new TextEncoder().encode(s);

const paragraphs = [
  'On the evening of 4 May, riot police dispersed a small vigil outside the regional court and detained eleven people, including two journalists who showed their press cards.',
  'Relatives said the detainees were kept overnight in a district police station without access to lawyers, and that several of them were questioned about their social media posts.',
  'The next morning a judge fined nine of them for taking part in an unauthorised gathering; the hearings lasted a few minutes each and no defence witnesses were heard.',
];

const page = `<!doctype html><html lang="en"><head>
<title>Vigil dispersed | Example Monitor</title>
<meta property="article:published_time" content="2024-05-05T09:30:00+03:00">
<script>globalThis.__dalilScriptRan = true;</script>
</head><body>
<nav><a href="/">Home</a> <a href="/about">About us</a> <a href="/donate">Donate</a></nav>
<article>
<h1>Vigil outside the regional court dispersed</h1>
<p>${paragraphs[0]}</p>
<p>${paragraphs[1]} Their account matches <a href="https://example.org/statement">the lawyers' statement</a>.</p>
<p>${paragraphs[2]}</p>
</article>
<footer>Copyright notice and cookie banner text</footer>
</body></html>`;

describe('extractHtml', () => {
  it('keeps the article paragraphs apart, shows link URLs inline and never runs scripts', () => {
    const result = extractHtml(bytes(page));
    const text = result.pageTexts[0] ?? '';
    expect(text).toContain(paragraphs[0]);
    expect(text).toContain(`${paragraphs[0]}\n\n${paragraphs[1]?.slice(0, 20)}`);
    expect(text).toContain("the lawyers' statement (https://example.org/statement)");
    expect(text).not.toContain('__dalilScriptRan');
    expect(text).not.toContain('Donate');
    expect((globalThis as Record<string, unknown>).__dalilScriptRan).toBeUndefined();
  });

  it('takes the title from the page and the date from article:published_time', () => {
    const result = extractHtml(bytes(page));
    expect(result.title).toMatch(/Vigil/);
    expect(result.publishedAt).toBe('2024-05-05');
  });

  it('falls back to <time datetime> and to the whole body for a short page', () => {
    const short =
      '<html><body><p>Brief update.</p><p>Posted <time datetime="2023-12-01">1 Dec</time></p></body></html>';
    const result = extractHtml(bytes(short));
    expect(result.publishedAt).toBe('2023-12-01');
    expect(result.pageTexts[0]).toBe('Brief update.\n\nPosted 1 Dec');
  });

  it('reads a Russian page in windows-1251', () => {
    const text =
      '<html><head><meta charset="windows-1251"></head><body><p>Суд оштрафовал участников пикета</p></body></html>';
    const encoded = new Uint8Array(
      [...text].map((ch) => {
        const c = ch.codePointAt(0) ?? 0x3f;
        return c >= 0x410 && c <= 0x44f ? c - 0x410 + 0xc0 : c;
      }),
    );
    expect(extractHtml(encoded).pageTexts[0]).toBe('Суд оштрафовал участников пикета');
  });
});
