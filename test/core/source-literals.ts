/**
 * The literals of the project's TypeScript sources, read with the TypeScript parser (comments are
 * not literals): what the scans for legal facts and for result words look through.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

export const ROOT = join(__dirname, '../..');
export const SRC = join(ROOT, 'src');

/** Every .ts file under `dir`. */
export function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.ts$/.test(name) ? [path] : [];
  });
}

/**
 * Every string, template part and number literal of a file, with its line (import paths left
 * out); `part` marks a piece of a template with substitutions (a fragment of a sentence).
 */
export function literals(path: string): Array<{ text: string; line: number; part: boolean }> {
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.ES2019, true);
  const found: Array<{ text: string; line: number; part: boolean }> = [];
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteralLike(node) || ts.isTemplateLiteralToken(node) || ts.isNumericLiteral(node)) {
      if (!ts.isImportDeclaration(node.parent) && !ts.isExportDeclaration(node.parent)) {
        const part = ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node);
        found.push({ text: node.text, line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1, part });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}
