// A tokenizer and recursive-descent parser for the formula subset the emulator evaluates:
// numbers, strings, booleans, A1 references ('Sheet name'!A1:B2), calls, unary minus and
// + - * / & = <> < > <= >=.
import { parseA1, type SheetRangeRef } from './a1';

export type FNode =
  | { t: 'num'; v: number }
  | { t: 'str'; v: string }
  | { t: 'bool'; v: boolean }
  | { t: 'ref'; ref: SheetRangeRef; text: string }
  | { t: 'call'; name: string; args: FNode[] }
  | { t: 'neg'; arg: FNode }
  | { t: 'bin'; op: string; l: FNode; r: FNode };

export class FormulaSyntaxError extends Error {}

const REF =
  /^(?:(?:'(?:[^']|'')+'|[A-Za-z_][A-Za-z0-9_.]*)!)?\$?[A-Za-z]{1,3}\$?\d*(?::\$?[A-Za-z]{1,3}\$?\d*)?/;
const NAME = /^[A-Za-z_][A-Za-z0-9_.]*/;
const NUM = /^(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/;
const OPS = ['<>', '<=', '>=', '+', '-', '*', '/', '&', '=', '<', '>', '(', ')', ',', ';'];

class Parser {
  private i = 0;
  constructor(private readonly src: string) {}

  private skip(): void {
    while (this.src[this.i] === ' ' || this.src[this.i] === '\n') this.i++;
  }

  private peekOp(): string | null {
    this.skip();
    const rest = this.src.slice(this.i);
    return OPS.find((o) => rest.startsWith(o)) ?? null;
  }

  /**
   * An argument left out between separators (`=MY_FN(C2:C, , 5%)`): passed as a blank
   * cell would be, "" (our assumption; Google does not document what a custom function gets).
   */
  private omitted(): boolean {
    return /^\s*[,;)]/.test(this.src.slice(this.i));
  }

  private eat(op: string): boolean {
    if (this.peekOp() === op) {
      this.i += op.length;
      return true;
    }
    return false;
  }

  parse(): FNode {
    const node = this.compare();
    this.skip();
    if (this.i < this.src.length)
      throw new FormulaSyntaxError(`Unexpected "${this.src.slice(this.i)}"`);
    return node;
  }

  private binary(ops: string[], next: () => FNode): FNode {
    let l = next();
    for (;;) {
      const op = this.peekOp();
      if (!op || !ops.includes(op)) return l;
      this.i += op.length;
      l = { t: 'bin', op, l, r: next() };
    }
  }

  private compare = (): FNode => this.binary(['=', '<>', '<', '>', '<=', '>='], this.concat);
  private concat = (): FNode => this.binary(['&'], this.additive);
  private additive = (): FNode => this.binary(['+', '-'], this.term);
  private term = (): FNode => this.binary(['*', '/'], this.unary);

  private unary = (): FNode => {
    if (this.eat('-')) return { t: 'neg', arg: this.unary() };
    if (this.eat('+')) return this.unary();
    return this.primary();
  };

  private primary(): FNode {
    this.skip();
    const rest = this.src.slice(this.i);
    if (this.eat('(')) {
      const inner = this.compare();
      if (!this.eat(')')) throw new FormulaSyntaxError('Missing )');
      return inner;
    }
    if (rest.startsWith('"')) {
      const m = /^"((?:[^"]|"")*)"/.exec(rest);
      if (!m) throw new FormulaSyntaxError('Unterminated string');
      this.i += m[0].length;
      return { t: 'str', v: m[1].replace(/""/g, '"') };
    }
    const num = NUM.exec(rest);
    if (num) {
      this.i += num[0].length;
      return { t: 'num', v: Number(num[0]) };
    }
    const name = NAME.exec(rest);
    const after = name ? rest.slice(name[0].length).trimStart() : '';
    if (name && after.startsWith('(')) {
      this.i += name[0].length;
      this.eat('(');
      const args: FNode[] = [];
      if (!this.eat(')')) {
        do args.push(this.omitted() ? { t: 'str', v: '' } : this.compare());
        while (this.eat(',') || this.eat(';'));
        if (!this.eat(')')) throw new FormulaSyntaxError(`Missing ) after ${name[0]}`);
      }
      return { t: 'call', name: name[0].toUpperCase(), args };
    }
    const ref = REF.exec(rest);
    const parsed = ref ? parseA1(ref[0]) : null;
    if (ref && parsed && !/^[A-Za-z0-9_(]/.test(rest.slice(ref[0].length))) {
      this.i += ref[0].length;
      return { t: 'ref', ref: parsed, text: ref[0] };
    }
    if (name && /^(TRUE|FALSE)$/i.test(name[0])) {
      this.i += name[0].length;
      return { t: 'bool', v: name[0].toUpperCase() === 'TRUE' };
    }
    throw new FormulaSyntaxError(`Unknown name or syntax at "${rest}"`);
  }
}

/** Parses a formula ("=MY_FN(C2:C41)"); throws FormulaSyntaxError. */
export function parseFormula(formula: string): FNode {
  return new Parser(formula.replace(/^=/, '')).parse();
}

/** Every reference in a formula, for dependencies and structural checks. */
export function formulaRefs(node: FNode): SheetRangeRef[] {
  switch (node.t) {
    case 'ref':
      return [node.ref];
    case 'call':
      return node.args.flatMap(formulaRefs);
    case 'neg':
      return formulaRefs(node.arg);
    case 'bin':
      return [...formulaRefs(node.l), ...formulaRefs(node.r)];
    default:
      return [];
  }
}

/** Names of the functions a formula calls. */
export function formulaCalls(node: FNode): string[] {
  switch (node.t) {
    case 'call':
      return [node.name, ...node.args.flatMap(formulaCalls)];
    case 'neg':
      return formulaCalls(node.arg);
    case 'bin':
      return [...formulaCalls(node.l), ...formulaCalls(node.r)];
    default:
      return [];
  }
}
