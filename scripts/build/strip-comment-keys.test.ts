import { describe, expect, it } from 'vitest';
import cues from '../../seeds/methodology/cues.json';
import { stripCommentKeys, withoutCommentKeys } from './strip-comment-keys';

type Transform = (code: string, id: string) => { code: string } | null;

describe('strip comment keys', () => {
  it('drops "$comment" at every depth and keeps everything else as it was', () => {
    const stripped = withoutCommentKeys({ $comment: 'why', a: [{ $comment: 'x', b: 1 }, 'c', null], d: { e: { $comment: 'y', f: '$comment' } } });
    expect(stripped).toEqual({ a: [{ b: 1 }, 'c', null], d: { e: { f: '$comment' } } });
  });

  it('rewrites the matching JSON files only, to the same data without comments', () => {
    const transform = stripCommentKeys(/seeds\//).transform as Transform;
    const code = JSON.stringify(cues);
    expect(code).toContain('"$comment"');
    const rewritten = transform(code, '/repo/seeds/methodology/cues.json');
    expect(rewritten!.code).not.toContain('"$comment"');
    expect(rewritten!.code.length).toBeLessThan(code.length);
    expect(JSON.parse(rewritten!.code)).toEqual(withoutCommentKeys(cues));
    expect(JSON.parse(rewritten!.code).nextStep.components).toEqual(cues.nextStep.components);
    expect(transform(code, '/repo/lib/other.json')).toBeNull();
    expect(transform('export default 1', '/repo/seeds/methodology/index.ts')).toBeNull();
    expect(transform('{"weights":[0.5]}', '/repo/seeds/model/classifier.json')).toBeNull();
  });
});
