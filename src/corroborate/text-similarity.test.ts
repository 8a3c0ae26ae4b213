import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { textSimilarity, textTerms } from './text-similarity.js';

const english =
  'On 5 October riot police in Bishkek fired a rubber bullet straight at Aibol Kozhomuratov, a correspondent of Current Time.';
const paraphrase =
  'Current Time reporter Aibol Kozhomuratov was hit by a rubber round fired by special forces in central Bishkek on October 5.';
const russian =
  '5 октября в Бишкеке спецназ выстрелил резиновой пулей в корреспондента «Настоящего времени» Айбола Кожомуратова.';
const unrelated =
  'Hundreds of protesters gathered at the Ala-Too square on 5 October and police used water cannon and tear gas.';

describe('textSimilarity', () => {
  it('scores republished text near 1', () => {
    expect(textSimilarity(english, `${english} `.toUpperCase())).toBeGreaterThan(0.95);
  });

  it('ranks a paraphrase and a Russian account above an unrelated report', () => {
    const para = textSimilarity(english, paraphrase);
    const cross = textSimilarity(english, russian);
    const other = textSimilarity(english, unrelated);
    expect(para).toBeGreaterThan(0.5);
    expect(cross).toBeGreaterThan(other);
    expect(other).toBeLessThan(0.3);
  });

  it('maps English and Russian domain words onto shared concepts', () => {
    const en = textTerms('journalist shot with rubber bullets, tear gas');
    const ru = textTerms('журналиста ранили резиновыми пулями, слезоточивый газ');
    for (const concept of ['#journalist', '#rubber_bullet', '#bullet', '#tear_gas']) {
      expect(en.has(concept)).toBe(true);
      expect(ru.has(concept)).toBe(true);
    }
  });

  it('is zero for empty text', () => {
    expect(textSimilarity('', english)).toBe(0);
  });
});

describe('textSimilarity on the shared corpus', () => {
  const file = path.resolve(
    path.dirname(fileURLToPath(import.meta.url)),
    '../../../shared/corpus/amnesty-kyrgyzstan-2020-10.txt',
  );
  const paragraphs = existsSync(file)
    ? readFileSync(file, 'utf8')
        .split(/\n\s*\n/)
        .map((p) => p.replace(/\s+/g, ' ').trim())
        .filter((p) => p.length > 80)
    : [];
  const best = (query: string) =>
    paragraphs.reduce((a, b) => (textSimilarity(query, b) > textSimilarity(query, a) ? b : a));

  it.skipIf(paragraphs.length === 0)('finds the English paragraph a Russian sentence is about', () => {
    expect(best('Спецназ выстрелил резиновой пулей в журналиста Айбола Кожомуратова')).toContain(
      'Kozhomuratov',
    );
    expect(best('Число случаев коронавируса в сутки выросло до 245 к 8 октября')).toContain('245');
  });
});
