import ts from 'typescript';

export interface EntryPoint {
  name: string;
  params: string[];
  jsdoc: string;
}

/**
 * Finds the exported function declarations of the entry file with their JSDoc. Apps Script only
 * sees top-level `function` declarations and reads `@customfunction` help from their JSDoc, which
 * esbuild drops; so every entry is re-declared after the bundle, carrying its JSDoc verbatim.
 */
export function findEntryPoints(fileName: string, text: string): EntryPoint[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const entries: EntryPoint[] = [];
  for (const statement of source.statements) {
    const modifiers = (ts.canHaveModifiers(statement) && ts.getModifiers(statement)) || [];
    const has = (kind: ts.SyntaxKind) => modifiers.some((m) => m.kind === kind);
    // `export { f }` and `export default …` carry no export modifier but export all the same; a
    // default export would also be reachable only as NS.default, not by its name.
    const exported = ts.isExportDeclaration(statement) || ts.isExportAssignment(statement) || has(ts.SyntaxKind.ExportKeyword);
    // Types are erased: exporting one (e.g. a compile-time check) adds nothing to the bundle.
    if (!exported || ts.isTypeAliasDeclaration(statement) || ts.isInterfaceDeclaration(statement)) continue;
    if (!ts.isFunctionDeclaration(statement) || !statement.name || has(ts.SyntaxKind.DefaultKeyword)) {
      throw new Error(`${fileName}: only function declarations may be exported from the entry file.`);
    }
    const name = statement.name.text;
    if (name.endsWith('_')) throw new Error(`${fileName}: ${name} ends with "_", which Apps Script treats as private.`);
    const params = statement.parameters.map((p) => {
      if (!ts.isIdentifier(p.name)) throw new Error(`${fileName}: ${name} has a destructured parameter.`);
      return p.name.text;
    });
    const jsdoc = (ts.getLeadingCommentRanges(text, statement.getFullStart()) ?? [])
      .map((r) => text.slice(r.pos, r.end))
      .filter((c) => c.startsWith('/**'))
      .pop();
    if (!jsdoc) throw new Error(`${fileName}: ${name} has no JSDoc.`);
    if (/^CDHT_/.test(name) !== jsdoc.includes('@customfunction')) {
      throw new Error(`${fileName}: ${name}: custom functions (CDHT_*) and only they carry @customfunction.`);
    }
    entries.push({ name, params, jsdoc });
  }
  return entries;
}

/**
 * `function NAME(a, b) { return NS.NAME.apply(this, arguments); }`, a custom function's with its
 * JSDoc (Sheets shows it as the function's help). Other entries (menu actions, triggers, the
 * sidebar's calls) go without: Apps Script reads nothing from their JSDoc, and every byte of
 * Code.js is loaded again for each custom-function call. Their JSDoc stays in src/addon/main.ts.
 */
export function renderStubs(entries: EntryPoint[], namespace: string): string {
  return entries
    .map((e) => {
      const doc = e.jsdoc.includes('@customfunction') ? `${e.jsdoc}\n` : '';
      return `${doc}function ${e.name}(${e.params.join(', ')}) {\n  return ${namespace}.${e.name}.apply(this, arguments);\n}`;
    })
    .join('\n\n');
}
