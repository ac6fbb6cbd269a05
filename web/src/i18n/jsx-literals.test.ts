import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Every word a user reads comes from `t()`. This finds text written straight into
 * JSX — between tags, or in attributes people read or hear (labels, alt, title,
 * placeholder) — in every .tsx file under web/src.
 */
const readAttributes = new Set([
  'aria-label',
  'alt',
  'title',
  'placeholder',
  'label',
  'description',
  'aria-description',
]);
const letters = /\p{L}/u;

/** Literal user-facing text in one TSX source, as "line: text" entries. */
function findLiteralText(source: string, fileName = 'file.tsx'): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const report = (node: ts.Node, text: string) => {
    const line = file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1;
    found.push(`${line}: ${text.trim()}`);
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && letters.test(node.text)) report(node, node.text);
    if (ts.isJsxAttribute(node) && node.initializer) {
      const name = node.name.getText(file);
      const init = node.initializer;
      const literal = ts.isStringLiteral(init)
        ? init.text
        : ts.isJsxExpression(init) && init.expression && ts.isStringLiteralLike(init.expression)
          ? init.expression.text
          : null;
      if (literal && readAttributes.has(name) && letters.test(literal)) report(node, `${name}="${literal}"`);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

function tsxFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? tsxFiles(p) : f.endsWith('.tsx') && !f.endsWith('.test.tsx') ? [p] : [];
  });
}

describe('untranslated text in JSX', () => {
  it('is detected (the check itself works)', () => {
    expect(findLiteralText('const a = <p>Save changes</p>;')).toEqual(['1: Save changes']);
    expect(findLiteralText('const a = <img alt="A photo" />;')).toEqual(['1: alt="A photo"']);
    expect(findLiteralText('const a = <Button aria-label={"Close"} />;')).toEqual(['1: aria-label="Close"']);
    expect(findLiteralText("const a = <p>{t('x')} · {n}</p>;")).toEqual([]);
    expect(findLiteralText('const a = <svg><path d="M4 6l4 4" /></svg>;')).toEqual([]);
  });

  it('is absent from every screen and component', () => {
    const root = path.resolve(import.meta.dirname, '..');
    const offenders = tsxFiles(root).flatMap((file) =>
      findLiteralText(readFileSync(file, 'utf8'), file).map((hit) => `${path.relative(root, file)}:${hit}`),
    );
    expect(offenders).toEqual([]);
  });
});
