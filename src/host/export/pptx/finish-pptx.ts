// What pptxgenjs cannot write, added to its package afterwards: fragments as PowerPoint "Appear"
// animations (one click per reveal.js fragment step), and paragraphs with a single <a:pPr> (it
// repeats the paragraph's properties before every run, which the schema does not allow).
import JSZip from 'jszip';

/** A shape (by the name the builder gave it) or one of its paragraphs, appearing at a step. */
export interface AppearTarget {
  shape: string;
  /** 0-based paragraph of the shape's text, or null for the whole shape. */
  paragraph: number | null;
  /** 1-based click at which it appears. */
  step: number;
  /** A text box (PowerPoint lists those in the slide's build list); pictures and tables are not. */
  text: boolean;
}

export async function finishPptx(bytes: Uint8Array, animations: Map<number, AppearTarget[]>): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const slides = Object.keys(zip.files).filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name));
  for (const name of slides) {
    const number = Number(/slide(\d+)\.xml$/.exec(name)?.[1]);
    const file = zip.file(name);
    if (!file) continue;
    let xml = singleParagraphProperties(await file.async('string'));
    const targets = animations.get(number) ?? [];
    if (targets.length) xml = withTiming(xml, targets);
    zip.file(name, xml);
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', mimeType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation' });
}

/** Keeps the first <a:pPr> of each paragraph (pptxgenjs writes one before each run). */
export function singleParagraphProperties(xml: string): string {
  return xml.replace(/<a:p>([\s\S]*?)<\/a:p>/g, (_whole, body: string) => {
    let seen = false;
    const kept = body.replace(/<a:pPr\b[^>]*?(?:\/>|>[\s\S]*?<\/a:pPr>)/g, (properties) => {
      if (seen) return '';
      seen = true;
      return properties;
    });
    return `<a:p>${kept}</a:p>`;
  });
}

function withTiming(xml: string, targets: AppearTarget[]): string {
  const ids = new Map<string, string>();
  for (const match of xml.matchAll(/<p:cNvPr id="(\d+)" name="([^"]*)"/g)) if (match[1] && match[2] !== undefined) ids.set(match[2], match[1]);
  const resolved = targets.flatMap((target) => {
    const id = ids.get(target.shape);
    return id ? [{ ...target, id }] : [];
  });
  if (!resolved.length) return xml;
  let next = 3;
  const id = () => next++;
  const steps = [...new Set(resolved.map((target) => target.step))].sort((a, b) => a - b);
  const clicks = steps.map((step) => {
    const effects = resolved
      .filter((target) => target.step === step)
      .map((target, index) => {
        const element = target.paragraph === null ? `<p:spTgt spid="${target.id}"/>` : `<p:spTgt spid="${target.id}"><p:txEl><p:pRg st="${target.paragraph}" end="${target.paragraph}"/></p:txEl></p:spTgt>`;
        return (
          `<p:par><p:cTn id="${id()}" presetID="1" presetClass="entr" presetSubtype="0" fill="hold" grpId="0" nodeType="${index === 0 ? 'clickEffect' : 'withEffect'}">` +
          '<p:stCondLst><p:cond delay="0"/></p:stCondLst><p:childTnLst><p:set><p:cBhvr>' +
          `<p:cTn id="${id()}" dur="1" fill="hold"><p:stCondLst><p:cond delay="0"/></p:stCondLst></p:cTn>` +
          `<p:tgtEl>${element}</p:tgtEl><p:attrNameLst><p:attrName>style.visibility</p:attrName></p:attrNameLst>` +
          '</p:cBhvr><p:to><p:strVal val="visible"/></p:to></p:set></p:childTnLst></p:cTn></p:par>'
        );
      })
      .join('');
    return `<p:par><p:cTn id="${id()}" fill="hold"><p:stCondLst><p:cond delay="indefinite"/></p:stCondLst><p:childTnLst><p:par><p:cTn id="${id()}" fill="hold"><p:stCondLst><p:cond delay="0"/></p:stCondLst><p:childTnLst>${effects}</p:childTnLst></p:cTn></p:par></p:childTnLst></p:cTn></p:par>`;
  });
  // Text boxes animated paragraph by paragraph build "p"; whole text boxes the default; pictures have no entry.
  const builds = [...new Map(resolved.filter((target) => target.text).map((target) => [target.id, `<p:bldP spid="${target.id}" grpId="0"${target.paragraph === null ? '' : ' build="p"'}/>`])).values()].join('');
  const timing =
    '<p:timing><p:tnLst><p:par><p:cTn id="1" dur="indefinite" restart="never" nodeType="tmRoot"><p:childTnLst>' +
    `<p:seq concurrent="1" nextAc="seek"><p:cTn id="2" dur="indefinite" nodeType="mainSeq"><p:childTnLst>${clicks.join('')}</p:childTnLst></p:cTn>` +
    '<p:prevCondLst><p:cond evt="onPrev" delay="0"><p:tgtEl><p:sldTgt/></p:tgtEl></p:cond></p:prevCondLst>' +
    '<p:nextCondLst><p:cond evt="onNext" delay="0"><p:tgtEl><p:sldTgt/></p:tgtEl></p:cond></p:nextCondLst></p:seq>' +
    `</p:childTnLst></p:cTn></p:par></p:tnLst>${builds ? `<p:bldLst>${builds}</p:bldLst>` : ''}</p:timing>`;
  // <p:timing> follows <p:clrMapOvr> (and a transition) and precedes <p:extLst>.
  return xml.includes('<p:extLst>') && xml.lastIndexOf('<p:extLst>') > xml.lastIndexOf('</p:cSld>') ? replaceLast(xml, '<p:extLst>', `${timing}<p:extLst>`) : replaceLast(xml, '</p:sld>', `${timing}</p:sld>`);
}

function replaceLast(text: string, search: string, replacement: string): string {
  const at = text.lastIndexOf(search);
  return at < 0 ? text : text.slice(0, at) + replacement + text.slice(at + search.length);
}
