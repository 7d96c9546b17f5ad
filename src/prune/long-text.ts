/**
 * A cap on the length of one text node (text between two tags), applied once after parsing with the width and
 * depth caps. Every later stage reads an element's text by concatenating its descendants' (the field readers'
 * lines, the pruners' text of each block, Readability's text of each ancestor), so a single 4 MB line of words
 * is copied tens of times over: 3-4 s, mostly in the garbage collector. No article holds such a run: the
 * development corpus's longest text node is 16,374 characters. Longer ones are cut, at the last space before the
 * cap when there is one, and a warning says how much went. Script and style contents (JSON-LD, which must stay
 * whole to parse) are left alone; runs of one character are already cut before parsing (parse/runs.ts).
 */
import type { AnyNode, ParentNode, Text } from 'domhandler';
import limits from '../data/long-text.json' with { type: 'json' };

export const MAX_TEXT_NODE = limits.maxTextNode;

/** Cuts text nodes under `root` longer than `max`; returns how many characters went (0: none). */
export function capTextNodes(root: ParentNode, max = MAX_TEXT_NODE): number {
  let cut = 0;
  const stack: AnyNode[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'text') {
      const text = node as Text;
      if (text.data.length > max) {
        const space = text.data.lastIndexOf(' ', max);
        const end = space > max / 2 ? space : max;
        cut += text.data.length - end;
        text.data = text.data.slice(0, end);
      }
    } else if (node.type !== 'script' && node.type !== 'style' && 'children' in node) {
      for (const child of (node as ParentNode).children) stack.push(child);
    }
  }
  return cut;
}
