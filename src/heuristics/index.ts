/**
 * The registry of content heuristics: every rule that removes content or overrides Readability's
 * pick has a name in src/data/heuristics.json with its default. Callers switch rules per call
 * (ExtractOptions.heuristics) or per process (NEWSCLEAN_HEURISTICS=name=off,…, which is how
 * `npm run eval -- --ablate` measures what each rule is worth on the corpus).
 */
import registry from '../data/heuristics.json' with { type: 'json' };
import { ExtractError } from '../errors.js';

type Registry = typeof registry;
export type HeuristicName = Exclude<keyof Registry, '$comment'>;

export const HEURISTIC_NAMES = Object.keys(registry).filter((k) => k !== '$comment') as HeuristicName[];

/** What a rule does, for listings (`--help`, the README's ablation table). */
export function describeHeuristic(name: HeuristicName): { stage: string; what: string; on: boolean } {
  return registry[name];
}

function isName(name: string): name is HeuristicName {
  return (HEURISTIC_NAMES as string[]).includes(name);
}

/** `name=off,other=on` (also `-name` / `+name`) → switches; unknown names are an error. */
export function parseHeuristicSwitches(spec: string): Partial<Record<HeuristicName, boolean>> {
  const out: Partial<Record<HeuristicName, boolean>> = {};
  for (const raw of spec.split(',')) {
    const item = raw.trim();
    if (!item) continue;
    const m = /^([+-])?([a-z0-9-]+)(?:=(on|off|true|false|1|0))?$/i.exec(item);
    if (!m) throw new ExtractError('extract', `heuristics: cannot read "${item}" (use name=off or name=on)`);
    const name = m[2]!.toLowerCase();
    if (!isName(name)) throw new ExtractError('extract', `heuristics: no rule named "${name}" (known: ${HEURISTIC_NAMES.join(', ')})`);
    out[name] = m[3] ? /^(on|true|1)$/i.test(m[3]) : m[1] !== '-';
  }
  return out;
}

let fromEnvironment: Partial<Record<HeuristicName, boolean>> | undefined;

function environmentSwitches(): Partial<Record<HeuristicName, boolean>> {
  if (fromEnvironment) return fromEnvironment;
  const spec = typeof process !== 'undefined' ? process.env['NEWSCLEAN_HEURISTICS'] : undefined;
  return (fromEnvironment = spec ? parseHeuristicSwitches(spec) : {});
}

/** Which rules are on for one page: the registry's defaults, then the environment, then the call's options. */
export class Heuristics {
  readonly #on: Record<HeuristicName, boolean>;

  constructor(switches: Partial<Record<string, boolean>> = {}) {
    const on = {} as Record<HeuristicName, boolean>;
    for (const name of HEURISTIC_NAMES) on[name] = registry[name].on;
    Object.assign(on, environmentSwitches());
    for (const [name, value] of Object.entries(switches)) {
      if (!isName(name)) throw new ExtractError('extract', `heuristics: no rule named "${name}"`);
      if (typeof value === 'boolean') on[name] = value;
    }
    this.#on = on;
  }

  on(name: HeuristicName): boolean {
    return this.#on[name];
  }
}

/** All rules at their defaults (and the environment's switches). */
export const DEFAULT_HEURISTICS = (): Heuristics => new Heuristics();
