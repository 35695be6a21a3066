// Figures whose kind a curator should check: those decided by a weak rule —
// no word of their sentence said target or result, and the section's mode
// came from the wording of the whole document (no heading, no doc type), or
// a promise word that also describes work done (争取, 要, 努力).
import type { Figure } from '../../pipeline/types.ts';
import { sortedKind, targetBasis } from '../../pipeline/figures/kind.ts';
import { planBasisOf } from '../../pipeline/figures/mode.ts';
import { splitSentences } from '../../pipeline/figures/sentences.ts';

export interface WeakKind {
  figure: Figure;
  why: string;
}

export function weakKinds(body: string, figures: readonly Figure[], docType?: string): WeakKind[] {
  const sentences = splitSentences(body);
  const mode = planBasisOf(body, docType);
  const out: WeakKind[] = [];
  for (const f of figures) {
    if (f.masked && sortedKind(f) !== 'target' && sortedKind(f) !== 'actual') continue;
    const sentence = sentences[f.sentence_n];
    const prefix = body.slice(Math.min(sentence?.start ?? f.start, f.start), f.start);
    const { plan, basis } = mode(f.start);
    const decided = targetBasis(prefix, plan);
    if (decided === 'weak word')
      out.push({ figure: f, why: `${f.kind}: a promise word that may also describe work done` });
    else if (decided === 'section' && basis === 'wording')
      out.push({
        figure: f,
        why: `${f.kind}: nothing in the sentence, and the document reads as a ${plan ? 'plan' : 'summary'} from its wording only`,
      });
  }
  return out;
}
