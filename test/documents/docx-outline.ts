/**
 * A WordprocessingML body as one line per paragraph, table, row and cell, with every property the
 * DOCX renderer writes, so that a test pins a document's whole DOCX with one `toEqual`:
 *   P <jc> keep pageBreak sp<before>/<after>/<line><rule> ind<firstLine>/<left>/<right> rule<val>/<sz> sz<mark> hidden: runs
 * Runs read *bold*, _italic_, ⟦highlighted⟧, with "@<half-points>" when their size differs from the
 * paragraph mark's, "|" between runs; a drawing (chart) reads [drawing].
 */
import { all, attr, rawTextOf } from './docx-xml';

const has = (xml: string, tag: string) => new RegExp(`<${tag}/>`).test(xml);
const element = (xml: string, tag: string) => new RegExp(`<${tag}(?:\\s[^>]*)?/?>`).exec(xml)?.[0] ?? '';
function runText(run: string, markSize: string | undefined): string {
  const rPr = /<w:rPr>[\s\S]*?<\/w:rPr>/.exec(run)?.[0] ?? '';
  let text = rawTextOf(run);
  if (run.includes('<w:drawing>')) text += '[drawing]';
  if (attr(rPr, 'w:highlight', 'w:val')) text = `⟦${text}⟧`;
  if (has(rPr, 'w:i')) text = `_${text}_`;
  if (has(rPr, 'w:b')) text = `*${text}*`;
  const size = attr(rPr, 'w:sz', 'w:val');
  return size && size !== markSize ? `${text}@${size}` : text;
}

export function paragraphLine(p: string): string {
  const pPr = /<w:pPr>[\s\S]*?<\/w:pPr>/.exec(p)?.[0] ?? '';
  const props = ['P'];
  const jc = attr(pPr, 'w:jc', 'w:val');
  if (jc) props.push(jc);
  if (has(pPr, 'w:keepNext')) props.push('keep');
  if (has(pPr, 'w:pageBreakBefore')) props.push('pageBreak');
  const spacing = element(pPr, 'w:spacing');
  if (spacing) props.push(`sp${['before', 'after', 'line'].map((k) => attr(spacing, 'w:spacing', `w:${k}`) ?? '-').join('/')}${attr(spacing, 'w:spacing', 'w:lineRule') ?? ''}`);
  const ind = element(pPr, 'w:ind');
  if (ind) props.push(`ind${['firstLine', 'left', 'right'].map((k) => attr(ind, 'w:ind', `w:${k}`) ?? '-').join('/')}`);
  const border = /<w:pBdr>[\s\S]*?<\/w:pBdr>/.exec(pPr)?.[0];
  if (border) props.push(`rule${attr(border, 'w:bottom', 'w:val')}/${attr(border, 'w:bottom', 'w:sz')}`);
  const markRpr = /<w:rPr>[\s\S]*?<\/w:rPr>/.exec(pPr)?.[0] ?? '';
  const markSize = attr(markRpr, 'w:sz', 'w:val');
  if (markSize) props.push(`sz${markSize}`);
  if (has(markRpr, 'w:vanish')) props.push('hidden');
  if (pPr.includes('<w:sectPr>')) props.push('sectionBreak');
  const runs = all(p.replace(/<w:pPr>[\s\S]*?<\/w:pPr>/, ''), /<w:r>[\s\S]*?<\/w:r>/g).map((r) => runText(r, markSize));
  return `${props.join(' ')}: ${runs.join('|')}`;
}

function tableLines(tbl: string): string[] {
  const tblPr = /<w:tblPr>[\s\S]*?<\/w:tblPr>/.exec(tbl)?.[0] ?? '';
  const grid = all(tbl, /<w:gridCol [^>]*\/>/g).map((c) => attr(c, 'w:gridCol', 'w:w'));
  const borders = /<w:tblBorders>[\s\S]*?<\/w:tblBorders>/.exec(tblPr)?.[0] ?? '';
  // A side drawn thinner than the others (where two parts of a table meet) is named with its size in eighths of a point.
  const sides = all(borders, /<w:(\w+) [^>]*\/>/g).map((side) => ({ name: /<w:(\w+)/.exec(side)![1], size: attr(side, `w:${/<w:(\w+)/.exec(side)![1]}`, 'w:sz') }));
  const sizes = [...new Set(sides.map((side) => side.size))];
  const borderVals = [...new Set(all(borders, /w:val="[^"]*"/g))].join(',') + (sizes.length > 1 ? ` ${sides.map((side) => `${side.name}${side.size}`).join(' ')}` : '');
  const lines = [`TABLE w${attr(tblPr, 'w:tblW', 'w:w')} ${attr(tblPr, 'w:tblLayout', 'w:type')} grid ${grid.join(',')} borders ${borderVals}`];
  for (const tr of all(tbl, /<w:tr(?:\s[^>]*)?>[\s\S]*?<\/w:tr>/g)) {
    const trPr = /<w:trPr>[\s\S]*?<\/w:trPr>/.exec(tr)?.[0] ?? '';
    lines.push(`  TR${has(trPr, 'w:cantSplit') ? ' cantSplit' : ''}${has(trPr, 'w:tblHeader') ? ' header' : ''}`);
    for (const tc of all(tr, /<w:tc>[\s\S]*?<\/w:tc>/g)) {
      const tcPr = /<w:tcPr>[\s\S]*?<\/w:tcPr>/.exec(tc)?.[0] ?? '';
      const span = attr(tcPr, 'w:gridSpan', 'w:val');
      const margins = /<w:tcMar>[\s\S]*?<\/w:tcMar>/.exec(tcPr)?.[0] ?? '';
      lines.push(
        `    TC w${attr(tcPr, 'w:tcW', 'w:w')}${span ? ` span${span}` : ''} mar${attr(margins, 'w:left', 'w:w')}/${attr(margins, 'w:right', 'w:w')} ${attr(tcPr, 'w:vAlign', 'w:val')}`,
        ...all(tc, /<w:p(?:\s[^>]*)?>[\s\S]*?<\/w:p>|<w:p\/>/g).map((p) => `      ${paragraphLine(p)}`),
      );
    }
  }
  return lines;
}

function sectionLine(sectPr: string): string {
  const size = element(sectPr, 'w:pgSz');
  const mar = element(sectPr, 'w:pgMar');
  const m = (k: string) => attr(mar, 'w:pgMar', `w:${k}`);
  const refs = all(sectPr, /<w:headerReference [^>]*\/>/g).map((r) => attr(r, 'w:headerReference', 'w:type'));
  return `SECTION ${attr(size, 'w:pgSz', 'w:w')}x${attr(size, 'w:pgSz', 'w:h')} ${attr(size, 'w:pgSz', 'w:orient')} margins ${m('top')}/${m('right')}/${m('bottom')}/${m('left')} header ${m('header')} footer ${m('footer')} start ${attr(sectPr, 'w:pgNumType', 'w:start')}${has(sectPr, 'w:titlePg') ? ' titlePg' : ''} headers ${refs.join(',')}`;
}

/** The body of word/document.xml, part by part. */
export function docxOutline(documentXml: string): string[] {
  const body = documentXml.slice(documentXml.indexOf('<w:body>') + '<w:body>'.length, documentXml.lastIndexOf('</w:body>'));
  return all(body, /<w:tbl>[\s\S]*?<\/w:tbl>|<w:p(?:\s[^>]*)?>[\s\S]*?<\/w:p>|<w:p\/>|<w:sectPr>[\s\S]*?<\/w:sectPr>/g).flatMap((part) => {
    if (part.startsWith('<w:tbl>')) return tableLines(part);
    if (part.startsWith('<w:sectPr>')) return [sectionLine(part)];
    const inner = /<w:sectPr>[\s\S]*?<\/w:sectPr>/.exec(part)?.[0];
    return inner ? [paragraphLine(part), sectionLine(inner)] : [paragraphLine(part)];
  });
}
