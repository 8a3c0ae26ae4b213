import { describe, expect, it } from 'vitest';
import { INVESTIGATION_CHECKLIST } from './investigation-checklist.js';

describe('investigation checklist (Minnesota Protocol)', () => {
  it('has the eight qualities of RULES.md, each with a unique id and a description', () => {
    expect(INVESTIGATION_CHECKLIST.map((i) => i.id)).toEqual([
      'prompt',
      'effective',
      'independent',
      'impartial',
      'transparent',
      'family_involved',
      'protection',
      'outcome',
    ]);
    for (const item of INVESTIGATION_CHECKLIST) {
      expect(item.label.length).toBeGreaterThan(3);
      expect(item.description.length).toBeGreaterThan(20);
      expect(item.paragraphs).toContain('MP');
    }
  });

  it('sets no deadline in days: deadlines are a configurable policy', () => {
    for (const item of INVESTIGATION_CHECKLIST) expect(item.description).not.toMatch(/\d+\s*days?/i);
  });
});
