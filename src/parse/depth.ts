/**
 * A cap on element nesting, applied once after parsing: every later stage (field readers, pruning, Readability on
 * linkedom, the libraries' own recursive helpers such as domutils `textContent` and domhandler `cloneNode`) then
 * works on a tree no deeper than MAX_NESTING. No real article nests anywhere near that deep; hostile and broken
 * pages nest 100,000 deep, which overflows recursive code and makes Readability's scoring (text and link
 * density of every ancestor) cost the cube of the depth.
 *
 * Degrading gracefully: the content below an element at the cap is kept, in document order, as that element's
 * children. An element that held other elements is hoisted emptied (an empty block still separates the text
 * around it); an element holding only text (a `<p>`, an `<a>`) is hoisted whole.
 */
import type { AnyNode, ParentNode } from 'domhandler';
import { isElement } from './load.js';

/** Elements deeper than this below the document root are flattened into their ancestor at this depth. */
export const MAX_NESTING = 128;

const holdsElements = (n: AnyNode): boolean => 'children' in n && (n as ParentNode).children.some(isElement);

/** Flattens nesting below `max` levels under `root`; returns how many elements were flattened into (0: none). */
export function capNesting(root: ParentNode, max = MAX_NESTING): number {
  let flattened = 0;
  const stack: [ParentNode, number][] = [[root, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    for (const child of node.children) {
      if (!isElement(child) || !child.children.length) continue;
      if (depth + 1 < max) stack.push([child, depth + 1]);
      else if (holdsElements(child)) {
        hoistDescendants(child);
        flattened++;
      }
    }
  }
  return flattened;
}

/** Makes every node below `top` a child of `top`, in document order (see the module comment). */
function hoistDescendants(top: ParentNode): void {
  const out: AnyNode[] = [];
  const stack: AnyNode[] = [];
  const pushChildren = (n: ParentNode): void => {
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  };
  pushChildren(top);
  while (stack.length) {
    const n = stack.pop()!;
    out.push(n);
    if (holdsElements(n)) {
      const parent = n as ParentNode;
      pushChildren(parent);
      parent.children = [];
    }
  }
  top.children = out;
  for (let i = 0; i < out.length; i++) {
    const n = out[i]!;
    n.parent = top;
    n.prev = out[i - 1] ?? null;
    n.next = out[i + 1] ?? null;
  }
}
