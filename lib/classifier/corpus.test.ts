import { describe, expect, it } from 'vitest';
import { addCorpusFile, corpusRoleOfFile, emptyCorpus, linesNotInCorpus } from './corpus';

describe('corpus parsing', () => {
  it('routes files by name', () => {
    expect(corpusRoleOfFile('rep-need_payoff.jsonl')).toBe('rep');
    expect(corpusRoleOfFile('rep-need-payoff.jsonl')).toBe('rep');
    expect(corpusRoleOfFile('buyer-budget.jsonl')).toBe('buyer');
    expect(corpusRoleOfFile('buyer.jsonl')).toBe('buyer');
    expect(corpusRoleOfFile('buyer-2.jsonl')).toBe('buyer');
    expect(corpusRoleOfFile('rep.jsonl')).toBe('rep');
    expect(corpusRoleOfFile('README.md')).toBeUndefined();
    expect(corpusRoleOfFile('reps.jsonl')).toBeUndefined();
  });

  it('reads labeled lines, warns on bad ones and skips duplicates by normalized text', () => {
    const corpus = emptyCorpus();
    const seen = new Set<string>();
    const content = [
      '{"text":"What do you use today?","act":"situation","style":"written"}',
      '',
      'not json',
      '{"text":"what do you use today","act":"problem"}',
      '{"text":"x","act":"dance"}',
    ].join('\n');
    addCorpusFile(corpus, 'rep-situation.jsonl', content, seen);
    addCorpusFile(corpus, 'buyer-budget.jsonl', '{"text":"Too pricey.","objection":"budget"}', seen);
    expect(corpus.rep).toEqual([{ text: 'What do you use today?', label: 'situation', style: 'written', source: 'rep-situation.jsonl' }]);
    expect(corpus.buyer.map((line) => line.label)).toEqual(['budget']);
    expect(corpus.warnings).toEqual([
      'rep-situation.jsonl:3: not valid JSON, skipped',
      'rep-situation.jsonl:5: not a labeled rep line, skipped',
    ]);
  });

  it('sets aside check-set lines that sit in the training corpus, whatever their typography, or reword one', () => {
    const corpus = emptyCorpus();
    const corpusLines = [
      '{"text":"That\'s too pricey for us.","objection":"budget"}',
      '{"text":"We already signed a two year deal with another vendor for this.","objection":"competition"}',
    ].join('\n');
    addCorpusFile(corpus, 'buyer-mixed.jsonl', corpusLines, new Set());
    const line = (text: string) => ({ text, label: 'none', style: 'written', source: 'buyer.jsonl' });
    const check = [
      line('thats too pricey for us'),
      line('We already signed a two-year deal with another vendor for that.'),
      line('We are locked in until June.'),
      line('too pricey'),
      line('We signed with another vendor last year and it went fine.'),
    ];
    const { kept, overlapping } = linesNotInCorpus(check, corpus);
    expect(kept.map((kept) => kept.text)).toEqual([
      'We are locked in until June.',
      'too pricey',
      'We signed with another vendor last year and it went fine.',
    ]);
    expect(overlapping).toBe(2);
  });
});
